package org.newskg.serve.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.newskg.Fixtures;
import org.newskg.ingest.FactsFiles;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.Passwords;
import org.newskg.serve.ServerConfig;
import org.newskg.store.ArticleStore;

/**
 * The newskg server as {@code serve} starts it, over the bundled articles, on a free loopback
 * port, with the HTTP requests the probes send. Every request has a timeout, so a probe that
 * hangs the server fails its test instead of hanging the build.
 */
final class ProbeServer implements AutoCloseable {
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final FusekiServer server;
    private final Path passwords;
    final String base;

    private ProbeServer(FusekiServer server, Path passwords) {
        this.server = server;
        this.passwords = passwords;
        this.base = "http://localhost:" + server.getHttpPort();
    }

    /** A server over the bundled articles in {@code dir}, with {@code config}. */
    static ProbeServer start(ServerConfig config, Path dir) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        ArticleStore.open(data).loadAll(FactsFiles.readAll(FactsFiles.find(List.of(Fixtures.ARTICLES))), r -> {});
        Path passwords = dir.resolve("data.passwd");
        Passwords.ensure(passwords);
        FusekiServer server = NewskgServer.create(config, data, passwords).port(0).build().start();
        return new ProbeServer(server, passwords);
    }

    static ProbeServer start(Path dir) throws Exception {
        return start(ServerConfig.read(ServerConfig.SOURCE), dir);
    }

    String sparql() {
        return base + "/" + NewskgServer.DATASET + "/sparql";
    }

    String password() {
        return Passwords.read(passwords);
    }

    /** A query sent as application/sparql-query. */
    HttpResponse<String> query(String query) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(sparql()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
    }

    /** A query sent as ?query= in the URL. */
    HttpResponse<String> queryByGet(String query) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(sparql() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    HttpRequest.Builder asAdmin(HttpRequest.Builder b, String password) {
        String token = Base64.getEncoder().encodeToString((Passwords.USER + ":" + password).getBytes(StandardCharsets.UTF_8));
        return b.header("Authorization", "Basic " + token);
    }

    /** How long {@code /$/ping} takes to answer 200, in milliseconds. */
    long pingMillis() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).timeout(Duration.ofSeconds(5)).GET());
        if (r.statusCode() != 200)
            throw new AssertionError("ping answered " + r.statusCode());
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A new client per request: a connection the server closed after an error is never reused. */
    HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest r = b.build();
        if (r.timeout().isEmpty())
            r = HttpRequest.newBuilder(r, (n, v) -> true).timeout(REQUEST_TIMEOUT).build();
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.stop();
    }
}
