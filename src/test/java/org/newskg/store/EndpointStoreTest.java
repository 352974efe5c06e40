package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Fixtures;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.Passwords;
import org.newskg.serve.ServerConfig;
import org.newskg.store.LoadResult.Outcome;

/** Loading into a running server over HTTP, as the admin, one update request per batch of articles. */
class EndpointStoreTest {
    @TempDir
    Path dir;

    @Test
    void loadsReplacesAndRefusesAWrongPassword() {
        Path passwd = dir.resolve("p.passwd");
        Passwords.ensure(passwd);
        FusekiServer server = NewskgServer.create(ServerConfig.read(ServerConfig.SOURCE), dir.resolve("db"), passwd).port(0).build().start();
        try {
            String dataset = "http://localhost:" + server.getHttpPort() + "/newskg";
            EndpointStore store = new EndpointStore(dataset, Passwords.USER, Passwords.read(passwd));
            LoadSummary s = store.loadAll(List.of(Fixtures.seed(), Fixtures.minimal()), r -> {});
            assertEquals(2, s.added());
            assertTrue(QueryExecHTTP.service(dataset + "/sparql")
                    .query("ASK { <https://w3id.org/newskg/article/000_1c78fd6e59ff975b/sumy-attack> a <https://w3id.org/newskg/ontology#Attack> }").ask());
            assertEquals(Outcome.UNCHANGED, store.load(Fixtures.seed()).outcome());

            EndpointStore intruder = new EndpointStore(dataset, Passwords.USER, "wrong");
            StoreException e = assertThrows(StoreException.class, () -> intruder.load(Fixtures.read(Fixtures.FACTS.resolve("linking").resolve("unlinked.facts.json"))));
            assertTrue(e.getMessage().contains("refused"), e.getMessage());
            assertFalse(QueryExecHTTP.service(dataset + "/sparql").query("ASK { GRAPH <https://w3id.org/newskg/graph/article/fixture-linking> { ?s ?p ?o } }").ask());

            // a batch is one update request: the unchanged article is left out, the new one written
            var batch = store.writeAll(List.of(store.map(Fixtures.seed()),
                                               store.map(Fixtures.read(Fixtures.FACTS.resolve("linking").resolve("unlinked.facts.json")))));
            assertEquals(List.of(Outcome.UNCHANGED, Outcome.ADDED), batch.stream().map(LoadResult::outcome).toList());
            assertTrue(QueryExecHTTP.service(dataset + "/sparql").query("ASK { GRAPH <https://w3id.org/newskg/graph/article/fixture-linking> { ?s ?p ?o } }").ask());

            // two versions of one article in a batch: the later wins, even when it is the stored one
            var seed = Fixtures.seed();
            var older = Fixtures.withContentHash(seed, seed.contentHash() + "-older");
            var twice = store.writeAll(List.of(store.map(older), store.map(seed)));
            assertEquals(List.of(Outcome.REPLACED, Outcome.REPLACED), twice.stream().map(LoadResult::outcome).toList());
            assertTrue(store.isLoaded(seed.article().id(), seed.contentHash()), "the batch's last version is the one stored");
        } finally {
            server.stop();
        }
    }
}
