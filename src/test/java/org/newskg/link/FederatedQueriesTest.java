package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Fixtures;
import org.newskg.ingest.FactsFiles;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.ServerConfig;
import org.newskg.store.ArticleStore;

/**
 * The federated queries of queries/federated, run over HTTP against the newskg server, whose
 * SERVICE calls go to a local stand-in for Wikidata: the queries' SERVICE IRI is rewritten in the
 * parsed query, nothing else changes. No request leaves the machine.
 */
class FederatedQueriesTest {
    private static final String WIKIDATA = "https://query.wikidata.org/sparql";
    private static final Path DIR = Path.of("queries", "federated");
    private static final boolean WRITE_EXPECTED = Boolean.getBoolean("newskg.writeExpected");

    @TempDir
    static Path data;

    private static WikidataStandIn wikidata;
    private static FusekiServer server;

    @BeforeAll
    static void start() throws Exception {
        wikidata = new WikidataStandIn();
        ArticleStore.open(data).loadAll(FactsFiles.readAll(FactsFiles.find(List.of(Fixtures.ARTICLES))), r -> {});
        // the stand-in joins Wikidata on the configuration's list of endpoints SERVICE may call
        ServerConfig config = ServerConfig.read(ServerConfig.SOURCE).withServiceAllowed(wikidata.sparql());
        server = NewskgServer.create(config, data).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
        if (wikidata != null)
            wikidata.close();
    }

    static Stream<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void joinsTheGraphWithWikidata(Path file) throws IOException {
        Query query = QueryFactory.read(file.toString());
        assertTrue(query.toString().contains(WIKIDATA), file + " asks Wikidata");
        Query local = pointServiceAt(query, wikidata.sparql());
        ResultSetRewindable actual = ResultSet.adapt(
                QueryExecHTTP.service("http://localhost:" + server.getHttpPort() + "/newskg/sparql").query(local).select()).rewindable();
        Path expectedFile = DIR.resolve("expected").resolve(file.getFileName().toString().replace(".rq", ".srj"));
        if (WRITE_EXPECTED) {
            try (var out = Files.newOutputStream(expectedFile)) {
                ResultSetMgr.write(out, actual, ResultSetLang.RS_JSON);
            }
            actual.reset();
        }
        if (!Files.exists(expectedFile))
            fail(file + " has no expected result " + expectedFile);
        List<String> rows = org.newskg.serve.ResultRowsAccess.of(RowSet.adapt(actual));
        assertFalse(rows.isEmpty(), file + " joins something");
        try (var in = Files.newInputStream(expectedFile)) {
            assertEquals(org.newskg.serve.ResultRowsAccess.of(RowSet.adapt(ResultSetMgr.read(in, ResultSetLang.RS_JSON))), rows);
        }
    }

    /** The query with its SERVICE calls to Wikidata sent to {@code url} instead. */
    static Query pointServiceAt(Query query, String url) {
        Node target = NodeFactory.createURI(url);
        return QueryTransformOps.transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementService el, Node service, Element elt) {
                return service.isURI() && service.getURI().equals(WIKIDATA) ? new ElementService(target, elt, el.getSilent()) : el;
            }
        });
    }
}
