package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.newskg.Fixtures;
import org.newskg.ingest.FactsFiles;
import org.newskg.store.ArticleStore;

/**
 * What notebook tools ask of the endpoint, asked with a real HTTP client: result formats by
 * content negotiation and by {@code format=}, graph syntaxes for CONSTRUCT and DESCRIBE, CORS
 * for browser-based notebooks, and reads without credentials.
 */
class NotebookClientsTest {
    private static final String SELECT = "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?a WHERE { ?a a nkg:Allegation } ORDER BY ?a";
    private static final String CONSTRUCT = "PREFIX nkg: <https://w3id.org/newskg/ontology#> CONSTRUCT { ?a a nkg:Allegation } WHERE { ?a a nkg:Allegation }";
    private static final String DESCRIBE = "DESCRIBE <https://w3id.org/newskg/id/Q159>";

    @TempDir
    static Path data;
    private static FusekiServer server;
    private static String endpoint;

    @BeforeAll
    static void start() throws Exception {
        ArticleStore.open(data).loadAll(FactsFiles.readAll(FactsFiles.find(List.of(Fixtures.ARTICLES))), r -> {});
        server = NewskgServer.create(ServerConfig.read(ServerConfig.SOURCE), data).port(0).build().start();
        endpoint = "http://localhost:" + server.getHttpPort() + "/newskg/sparql";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({
        "application/sparql-results+json, , application/sparql-results+json",
        "application/sparql-results+xml, , application/sparql-results+xml",
        "text/csv, , text/csv",
        "text/tab-separated-values, , text/tab-separated-values",
        "*/*, json, application/sparql-results+json",
        "*/*, xml, application/sparql-results+xml",
        "*/*, csv, text/csv",
        "*/*, tsv, text/tab-separated-values",
    })
    void selectResultsInEveryFormat(String accept, String format, String expected) throws Exception {
        HttpResponse<String> r = get(SELECT, accept, format);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(expected), r.headers().toString());
        Lang lang = switch (expected) {
            case "text/csv" -> ResultSetLang.RS_CSV;
            case "text/tab-separated-values" -> ResultSetLang.RS_TSV;
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            default -> ResultSetLang.RS_JSON;
        };
        var rows = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
        int n = 0;
        while (rows.hasNext()) {
            rows.next();
            n++;
        }
        assertEquals(5, n, "four allegations and a counter-claim");
    }

    @ParameterizedTest(name = "{0} as {1} ({2})")
    @CsvSource({
        "construct, text/turtle, , text/turtle",
        "construct, application/ld+json, , application/ld+json",
        "construct, application/n-triples, , application/n-triples",
        "describe, text/turtle, , text/turtle",
        "describe, application/ld+json, , application/ld+json",
        "construct, */*, ttl, text/turtle",
        "construct, */*, json-ld, application/ld+json",
        "construct, */*, nt, application/n-triples",
    })
    void graphsInEverySyntax(String kind, String accept, String format, String expected) throws Exception {
        HttpResponse<String> r = get(kind.equals("construct") ? CONSTRUCT : DESCRIBE, accept, format);
        assertEquals(200, r.statusCode(), r.body());
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith(expected), type);
        Lang lang = switch (expected) {
            case "application/ld+json" -> Lang.JSONLD;
            case "application/n-triples" -> Lang.NTRIPLES;
            default -> Lang.TURTLE;
        };
        assertTrue(RDFParser.fromString(r.body(), lang).toGraph().size() >= 4, r.body());
    }

    @Test
    void browsersMayAskFromAnotherOrigin() throws Exception {
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(endpoint))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:8888")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build();
        HttpResponse<String> p = HttpClient.newHttpClient().send(preflight, HttpResponse.BodyHandlers.ofString());
        assertTrue(p.statusCode() < 300, "preflight answered: " + p.statusCode());
        assertTrue(p.headers().firstValue("Access-Control-Allow-Origin").isPresent(), p.headers().toString());
        HttpRequest get = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(SELECT, StandardCharsets.UTF_8)))
                .header("Origin", "http://localhost:8888").header("Accept", "application/sparql-results+json").build();
        HttpResponse<String> g = HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, g.statusCode(), "no credentials needed to read");
        assertTrue(g.headers().firstValue("Access-Control-Allow-Origin").isPresent(), g.headers().toString());
    }

    private static HttpResponse<String> get(String query, String accept, String format) throws Exception {
        String url = endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + (format == null ? "" : "&format=" + format);
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    }
}
