package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The endpoint client against a misbehaving server on loopback: each failure is one clear message. */
class SparqlEndpointTest {
    private static final String QUERY = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1";
    private static final String GOOD = "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[{\"s\":{\"type\":\"uri\",\"value\":\"http://www.wikidata.org/entity/Q1\"}}]}}";

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicReference<String> userAgent = new AtomicReference<>();

    private String serve(int status, String body, long delayMs) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sparql", (HttpExchange ex) -> {
            requests.incrementAndGet();
            userAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }

    @AfterEach
    void stop() {
        if (server != null)
            server.stop(0);
    }

    private SparqlEndpoint endpoint(String url) {
        return SparqlEndpoint.create(url).cache(dir).minInterval(Duration.ZERO).timeout(Duration.ofSeconds(2));
    }

    @Test
    void answersAreCachedAndTheUserAgentSaysWhoAsks() throws Exception {
        SparqlEndpoint e = endpoint(serve(200, GOOD, 0));
        assertEquals(1, e.select(QueryFactory.create(QUERY)).size());
        assertEquals(1, e.select(QueryFactory.create(QUERY)).size());
        assertEquals(1, requests.get(), "the second answer came from the cache");
        assertTrue(userAgent.get().startsWith("newskg/"), userAgent.get());
    }

    @Test
    void anHttpErrorIsReported() throws Exception {
        EndpointException e = assertThrows(EndpointException.class, () -> endpoint(serve(500, "overloaded", 0)).select(QueryFactory.create(QUERY)));
        assertTrue(e.getMessage().contains("did not answer") && e.getMessage().contains("500"), e.getMessage());
    }

    @Test
    void malformedJsonIsReported() throws Exception {
        EndpointException e = assertThrows(EndpointException.class, () -> endpoint(serve(200, "{\"head\": [oops", 0)).select(QueryFactory.create(QUERY)));
        assertTrue(e.getMessage().contains("did not answer") || e.getMessage().contains("not SPARQL JSON"), e.getMessage());
    }

    @Test
    void aSlowEndpointTimesOut() throws Exception {
        long start = System.nanoTime();
        EndpointException e = assertThrows(EndpointException.class, () -> endpoint(serve(200, GOOD, 5000)).select(QueryFactory.create(QUERY)));
        assertTrue((System.nanoTime() - start) / 1e9 < 4.5, "gave up after the 2 s timeout");
        assertTrue(e.getMessage().contains("did not answer"), e.getMessage());
    }

    @Test
    void requestsArePaced() throws Exception {
        String url = serve(200, GOOD, 0);
        SparqlEndpoint e = SparqlEndpoint.create(url).minInterval(Duration.ofMillis(300)).timeout(Duration.ofSeconds(2));
        long start = System.nanoTime();
        e.select(QueryFactory.create(QUERY));
        e.select(QueryFactory.create(QUERY + " OFFSET 1"));
        e.select(QueryFactory.create(QUERY + " OFFSET 2"));
        assertTrue((System.nanoTime() - start) / 1e6 >= 600, "three requests take at least two intervals");
    }
}
