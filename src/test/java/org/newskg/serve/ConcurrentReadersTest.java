package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Fixtures;
import org.newskg.facts.Article;
import org.newskg.facts.ArticleFacts;
import org.newskg.store.ArticleStore;

/**
 * Readers querying the server over HTTP while a batch load writes to the same dataset: every
 * answer is a consistent snapshot (each article seen whole or not at all) and none fails.
 */
class ConcurrentReadersTest {
    private static final int ARTICLES = 200;
    private static final String SNAPSHOT = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?f) AS ?facts) WHERE {
              ?a a nkg:Article . OPTIONAL { ?f nkg:reportedIn ?a }
            }""";

    @TempDir
    Path dir;

    @Test
    void readersSeeWholeArticlesAndNoErrorsDuringALoad() throws Exception {
        ArticleFacts template = Fixtures.minimal();
        long factsPerArticle = template.allFacts().count();
        ArticleStore store = ArticleStore.open(dir.resolve("db"));
        Passwords.ensure(dir.resolve("p.passwd"));
        FusekiServer server = NewskgServer.create(ServerConfig.read(ServerConfig.SOURCE), dir.resolve("db"), dir.resolve("p.passwd"))
                .port(0).build().start();
        String endpoint = "http://localhost:" + server.getHttpPort() + "/newskg/sparql";
        AtomicBoolean loading = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicInteger snapshots = new AtomicInteger(), midway = new AtomicInteger();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            Thread t = new Thread(() -> {
                while (loading.get()) {
                    try {
                        var row = QueryExecHTTP.service(endpoint).query(SNAPSHOT).select().next();
                        long articles = row.get("articles").getLiteralValue() instanceof Number n ? n.longValue() : -1;
                        long facts = ((Number) row.get("facts").getLiteralValue()).longValue();
                        if (facts != articles * factsPerArticle)
                            problems.add("a partial article: " + articles + " articles but " + facts + " facts");
                        snapshots.incrementAndGet();
                        if (articles > 0 && articles < ARTICLES)
                            midway.incrementAndGet();
                    } catch (RuntimeException e) {
                        problems.add(e.toString());
                    }
                }
            });
            t.start();
            readers.add(t);
        }
        try {
            for (int i = 0; i < ARTICLES; i++) {
                Article a = template.article();
                Article copy = new Article("concurrent-" + i, a.headline(), a.url(), a.published(), a.language(), a.publisher(),
                                           a.agencies(), a.byline(), a.textFile(), a.text());
                store.load(new ArticleFacts(copy, template.extractor(), template.entities(), template.leadership(), template.events(),
                        template.agreements(), template.allegations(), template.statements(), template.tradeFlows(), "hash-" + i));
            }
        } finally {
            loading.set(false);
            for (Thread t : readers)
                t.join();
            server.stop();
        }
        assertEquals(List.of(), new ArrayList<>(problems));
        assertTrue(midway.get() > 0, "some answers came while the load was under way: " + snapshots.get() + " answers, " + midway.get() + " midway");
        assertEquals(ARTICLES, store.articleCount());
    }
}
