package org.newskg.serve.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Password guessing against the write endpoint, on a server of its own (the lockout lasts a minute). */
class LoginThrottleIT {
    @TempDir
    static Path dir;
    private static ProbeServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ProbeServer.start(dir);
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    @Test
    void failedLoginsAreSlowedDownThenRefusedForAMinute() throws Exception {
        long start = System.nanoTime();
        int[] statuses = new int[12];
        for (int i = 0; i < statuses.length; i++)
            statuses[i] = server.send(server.asAdmin(server.request("/newskg/update"), "guess-" + i)
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR SILENT GRAPH <urn:x>"))).statusCode();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(401, statuses[0]);
        assertEquals(429, statuses[statuses.length - 1], "refused after ten failures: " + java.util.Arrays.toString(statuses));
        // 0.5 s, 1 s, ... per earlier failure, each capped at 3 s: well over 10 s for ten guesses
        assertTrue(millis > 10_000, "guessing was slowed down: " + millis + " ms");
        assertTrue(server.pingMillis() < 1000, "others are not slowed down");
        assertTrue(server.query("ASK {}").statusCode() == 200, "anonymous reads go on");
    }

}
