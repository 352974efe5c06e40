package org.newskg.serve.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.Passwords;
import org.newskg.serve.ServerConfig;

/**
 * Cross-origin requests, LOAD of local files and open password files, probed as in issue 17.
 * (Password guessing is in {@link LoginThrottleIT}: its lockout would refuse the other tests' logins.)
 */
class WriteProtectionIT {
    private static final String FOREIGN = "https://attacker.example";

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
    void anyOriginMayReadButNeverWithCredentials() throws Exception {
        HttpResponse<String> r = server.send(server.request("/newskg/sparql?query=ASK%7B%7D").header("Origin", FOREIGN).GET());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "no credentials");

        HttpResponse<String> preflight = server.send(server.request("/newskg/sparql")
                .header("Origin", FOREIGN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("authorization"),
                    "a page elsewhere may not send a login");
        HttpResponse<String> writePreflight = server.send(server.request("/newskg/update")
                .header("Origin", FOREIGN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(writePreflight.statusCode() / 100 != 2
                   || !writePreflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("authorization"),
                   "no preflight lets a page elsewhere send a login to a write endpoint");
    }

    @Test
    void anAuthenticatedUpdateFromAnotherOriginIsRefused() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:csrf> { <urn:a> <urn:b> <urn:c> } }";
        HttpResponse<String> forged = server.send(server.asAdmin(server.request("/newskg/update"), server.password())
                .header("Origin", FOREIGN).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)));
        assertEquals(403, forged.statusCode(), forged.body());
        assertFalse(ask("ASK { GRAPH <urn:csrf> { ?s ?p ?o } }"), "nothing written");

        HttpResponse<String> own = server.send(server.asAdmin(server.request("/newskg/update"), server.password())
                .header("Origin", server.base).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)));
        assertEquals(2, own.statusCode() / 100, "the server's own pages may write: " + own.body());
        assertTrue(ask("ASK { GRAPH <urn:csrf> { ?s ?p ?o } }"));
        server.send(server.asAdmin(server.request("/newskg/update"), server.password())
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP GRAPH <urn:csrf>")));
    }

    @Test
    void loadOfALocalFileIsRefusedEvenForTheAdmin() throws Exception {
        Path secret = dir.resolve("secret.ttl");
        Files.writeString(secret, "secretToken-71d3 <urn:b> <urn:c> .\n");
        HttpResponse<String> r = server.send(server.asAdmin(server.request("/newskg/update"), server.password())
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("LOAD <" + secret.toUri() + "> INTO GRAPH <urn:loaded>")));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("newskg:loadFromFiles"), r.body());
        assertFalse(r.body().contains("secretToken"), "nothing of the file in the answer");
        assertFalse(ask("ASK { GRAPH <urn:loaded> { ?s ?p ?o } }"));
    }

    @Test
    void aPasswordFileOthersCanReadIsRefusedWithTheChmodToRun() throws Exception {
        Path open = dir.resolve("open.passwd");
        Passwords.ensure(open);
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NewskgServer.create(ServerConfig.read(ServerConfig.SOURCE), dir.resolve("data"), open));
        assertTrue(e.getMessage().contains("chmod 600 " + open), e.getMessage());
    }

    private static boolean ask(String query) throws Exception {
        return server.query(query).body().contains("true");
    }
}
