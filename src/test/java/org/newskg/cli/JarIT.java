package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as a user runs it, in a separate JVM, from another working directory (so the
 * jar's own copies of the ontology and server configuration are used): Jena initialises, the
 * commands work, and {@code serve --load} answers SPARQL over HTTP.
 */
class JarIT {
    private static final Path JAR = Path.of(System.getProperty("newskg.jar", "target/newskg.jar")).toAbsolutePath();
    private static final Path ARTICLES = Path.of("articles").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void commandsRunFromTheJar() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "build the jar first: " + JAR);
        Result version = run("--version");
        assertEquals(0, version.code, version.err);
        assertTrue(version.out.startsWith("newskg "), version.out);

        Result load = run("load", "--data", "db", ARTICLES.toString());
        assertEquals(0, load.code, load.err);
        assertTrue(load.err.contains("1 added"), load.err);

        Result query = run("query", "--data", "db", "-f", "csv",
                "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT (COUNT(?a) AS ?n) { ?a a nkg:Allegation }");
        assertEquals(0, query.code, query.err);
        assertEquals("n\r\n5\r\n", query.out, "four allegations and one counter-claim");

        Result bad = run("validate", "no-such-file.facts.json");
        assertEquals(1, bad.code);
        assertTrue(bad.err.contains("no-such-file.facts.json: no such file"), bad.err);
    }

    @Test
    void serveLoadsAndAnswersSparql() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process server = process("serve", "--data", "db", "--port", Integer.toString(port), "--load", ARTICLES.toString()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String query = "SELECT ?name { ?p a <https://w3id.org/newskg/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name";
            URI uri = URI.create("http://localhost:" + port + "/newskg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/csv").build();
            HttpResponse<String> response = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (response == null && System.nanoTime() < deadline && server.isAlive()) {
                try {
                    response = http.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (IOException notYet) {
                    Thread.sleep(250);
                }
            }
            assertTrue(response != null, "the server answered within a minute");
            assertEquals(200, response.statusCode());
            assertEquals("name\r\nVladimir Putin\r\nXi Jinping\r\n", response.body());

            // a second process writing to the dataset the server holds gets a message, and the store stays whole
            Result second = run("load", "--data", "db", ARTICLES.toString());
            assertEquals(1, second.code, second.err);
            assertTrue(second.err.contains("is in use by another process"), second.err);
            assertTrue(!second.err.contains("\tat "), "no stack trace: " + second.err);
            assertEquals(200, http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode(), "the server still answers");
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private record Result(int code, String out, String err) {}

    private Result run(String... args) throws Exception {
        Path out = work.resolve("out.txt"), err = work.resolve("err.txt");
        Process p = process(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Result(code, Files.readString(out), Files.readString(err));
    }

    private ProcessBuilder process(String... args) {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(false)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
