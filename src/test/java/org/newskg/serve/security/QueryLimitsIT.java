package org.newskg.serve.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.ServerConfig;
import org.newskg.serve.ServerSettings;

/**
 * The limits that hold for anonymous clients, probed as in issue 17: each probe gets a fast,
 * clean error, and {@code /$/ping} answers within a second throughout.
 */
class QueryLimitsIT {
    @TempDir
    static Path dir;
    private static ProbeServer server;

    @BeforeAll
    static void start() throws Exception {
        // two queries at once and two waiting, so that the busy test needs few threads on a small machine;
        // answers up to 200 kB, so that an answer past it is quick to produce
        ServerConfig config = ServerConfig.read(ServerConfig.SOURCE)
                .with(ServerSettings.MAX_CONCURRENT_QUERIES, 2)
                .with(ServerSettings.QUERY_QUEUE, 2)
                .with(ServerSettings.QUEUE_WAIT_MILLIS, 1000)
                .with(ServerSettings.MAX_RESULT_BYTES, 200_000);
        server = ProbeServer.start(config, dir);
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    @Test
    void aTenMegabyteCommentIsRefusedBeforeParsing() throws Exception {
        String query = "# " + "x".repeat(10_000_000) + "\nASK {}";
        long start = System.nanoTime();
        int status;
        try {
            status = server.query(query).statusCode();
        } catch (IOException closedWhileSending) {
            // the server may answer 413 and close before the client has sent all 10 MB
            status = 413;
        }
        assertEquals(413, status);
        assertTrue(millisSince(start) < 3000, "refused in " + millisSince(start) + " ms");
        assertTrue(server.pingMillis() < 1000);
    }

    @Test
    void aQueryLongerThanTheLimitIsRefusedEvenInASmallRequest() throws Exception {
        HttpResponse<String> r = server.query("# " + "x".repeat(200_000) + "\nASK {}");
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("the limit is 100000"), r.body());
        assertTrue(r.body().length() < 1000, "the answer does not repeat the query");
    }

    @Test
    void aConcatDoublingChainStopsAtTheStringBound() throws Exception {
        StringBuilder q = new StringBuilder("SELECT (STRLEN(?x27) AS ?n) { BIND(\"ab\" AS ?x0) ");
        for (int i = 1; i <= 27; i++)
            q.append("BIND(CONCAT(?x").append(i - 1).append(", ?x").append(i - 1).append(") AS ?x").append(i).append(") ");
        q.append("}");
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            HttpResponse<String> r = server.query(q.toString());
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("longer than 1000000 characters"), r.body());
            assertTrue(millisSince(start) < 3000, "refused in " + millisSince(start) + " ms");
            assertTrue(server.pingMillis() < 1000);
        }
    }

    @Test
    void concatInAFilterStopsTooAndReplaceIsBounded() throws Exception {
        String filter = "SELECT * { BIND(\"ab\" AS ?a) BIND(CONCAT(?a,?a,?a,?a,?a,?a,?a,?a,?a,?a) AS ?b) "
                        + "BIND(CONCAT(?b,?b,?b,?b,?b,?b,?b,?b,?b,?b) AS ?c) BIND(REPLACE(?c, \"a\", \"$0$0$0$0$0$0$0$0$0$0\") AS ?d) "
                        + "BIND(REPLACE(?d, \"a\", \"$0$0$0$0$0$0$0$0$0$0\") AS ?e) BIND(REPLACE(?e, \"a\", \"$0$0$0$0$0$0$0$0$0$0\") AS ?f) "
                        + "FILTER(STRLEN(REPLACE(?f, \"a\", \"$0$0$0$0$0$0$0$0$0$0\")) > 0) }";
        HttpResponse<String> r = server.query(filter);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("longer than"), r.body());
    }

    @Test
    void aGroupConcatOverACartesianProductStopsAtTheStringBound() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = server.query("SELECT (GROUP_CONCAT(STR(?o)) AS ?all) { ?a ?b ?c . ?d ?e ?o }");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("longer than 1000000 characters"), r.body());
        assertTrue(millisSince(start) < 10_000, "refused in " + millisSince(start) + " ms");
        HttpResponse<String> small = server.query("SELECT (GROUP_CONCAT(DISTINCT ?t; separator=\"|\") AS ?types) { ?s a ?t }");
        assertEquals(200, small.statusCode(), "a modest GROUP_CONCAT answers: " + small.body());
    }

    @Test
    void anAnswerPastTheByteBoundIsCutOffNotCompleted() throws Exception {
        // far more than 200 kB of N-Triples-like JSON, within the 10,000-row cap
        HttpResponse<String> r;
        try {
            r = server.query("SELECT * { ?s ?p ?o }");
        } catch (IOException aborted) {
            return; // the connection was aborted: the client sees a failed transfer
        }
        assertFalse(r.statusCode() == 200 && r.body().trim().endsWith("}") && r.body().length() > 200_000,
                    "never a complete-looking answer past the bound (" + r.body().length() + " chars)");
    }

    @Test
    void tooManyHeavyQueriesGet503WithRetryAfterAndPingStaysQuick() throws Exception {
        String heavy = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++)
                answers.add(clients.submit(() -> server.query(heavy)));
            Thread.sleep(300);
            List<Long> pings = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                pings.add(server.pingMillis());
                Thread.sleep(200);
            }
            int busy = 0;
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get(90, TimeUnit.SECONDS);
                if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent())
                    busy++;
            }
            assertTrue(busy >= 4, "at least the four past running and waiting were told to come back: " + busy);
            assertTrue(pings.stream().allMatch(ms -> ms < 1000), "ping within 1 s while busy: " + pings);
        } finally {
            clients.shutdownNow();
            assertTrue(clients.awaitTermination(90, TimeUnit.SECONDS));
        }
    }

    @Test
    void aRequestBodyPastTheLimitIsRefused() throws Exception {
        HttpResponse<String> r = server.send(server.request("/newskg/shacl")
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("# " + "y".repeat(1_100_000) + "\n")));
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(server.pingMillis() < 1000);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
