package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.Fixtures;
import org.newskg.ingest.FactsFiles;
import org.newskg.map.IriScheme;
import org.newskg.store.ArticleStore;

/**
 * The shipped server configuration, started as {@code serve} starts it, on a free port, over a
 * TDB2 dataset on disk loaded from {@code articles/}; everything is asked over HTTP.
 */
class ServerTest {
    /** Set to rewrite queries/expected/*.srj from the current results (then review the diff). */
    private static final boolean WRITE_EXPECTED = Boolean.getBoolean("newskg.writeExpected");

    @TempDir
    static Path dataDir;
    @TempDir
    static Path secrets;
    private static Path passwords;

    private static FusekiServer server;
    private static String base;
    /** A client per request: a connection the server closed after an error is never reused. */
    private static HttpClient http() {
        return HttpClient.newHttpClient();
    }

    @BeforeAll
    static void start() throws Exception {
        ArticleStore.open(dataDir).loadAll(FactsFiles.readAll(FactsFiles.find(List.of(Fixtures.ARTICLES))), r -> {});
        passwords = secrets.resolve("newskg.passwd");
        assertTrue(Passwords.ensure(passwords), "created on first start");
        server = NewskgServer.create(ServerConfig.read(ServerConfig.SOURCE), dataDir, passwords).port(0).build().start();
        base = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static Stream<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.QUERIES)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void everyQueryReturnsItsExpectedResultOverHttp(Path queryFile) throws IOException {
        Query query = QueryFactory.read(queryFile.toString());
        Path expectedFile = Fixtures.QUERIES.resolve("expected").resolve(queryFile.getFileName().toString().replace(".rq", ".srj"));
        ResultSetRewindable actual = ResultSet.adapt(QueryExecHTTP.service(base + "/newskg/sparql").query(query).select()).rewindable();
        if (WRITE_EXPECTED) {
            try (var out = Files.newOutputStream(expectedFile)) {
                ResultSetMgr.write(out, actual, ResultSetLang.RS_JSON);
            }
            actual.reset();
        }
        if (!Files.exists(expectedFile))
            fail(queryFile + " has no expected result " + expectedFile + "; run the tests with -Dnewskg.writeExpected=true and review it");
        List<String> rows = ResultRows.of(RowSet.adapt(actual));
        assertFalse(rows.isEmpty(), queryFile + " returns rows on the bundled articles");
        List<String> expected;
        try (var in = Files.newInputStream(expectedFile)) {
            expected = ResultRows.of(RowSet.adapt(ResultSetMgr.read(in, ResultSetLang.RS_JSON)));
        }
        assertEquals(expected, rows);
    }

    @Test
    void everyExpectedResultHasItsQuery() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.QUERIES.resolve("expected"))) {
            files.forEach(f -> assertTrue(Files.exists(Fixtures.QUERIES.resolve(f.getFileName().toString().replace(".srj", ".rq"))),
                                          f + " has no query"));
        }
    }

    @Test
    void queriesSeeTheUnionOfAllArticleGraphsWithoutAGraphClause() throws Exception {
        String ask = "ASK { <https://w3id.org/newskg/id/Q15031> a <https://w3id.org/newskg/ontology#Person> ;"
                + " ^<https://w3id.org/newskg/ontology#guestOfHonour> ?parade }";
        assertTrue(QueryExecHTTP.service(base + "/newskg/sparql").query(ask).ask());
        assertTrue(QueryExecHTTP.service(base + "/newskg/query").query(ask).ask(), "/query is an alias");
    }

    @Test
    void graphStoreReadGivesAnArticlesGraph() throws Exception {
        String graph = IriScheme.standard().articleGraph("000_1c78fd6e59ff975b").getURI();
        HttpResponse<String> r = get("/newskg/get?graph=" + java.net.URLEncoder.encode(graph, "UTF-8"), "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        assertTrue(g.size() > 100, "the article's graph has its facts: " + g.size());
    }

    @Test
    void readEndpointsRefuseUpdates() throws Exception {
        HttpRequest update = HttpRequest.newBuilder(URI.create(base + "/newskg/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build();
        int status = http().send(update, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status >= 400, "the query endpoint does not take updates: " + status);
        HttpRequest put = HttpRequest.newBuilder(URI.create(base + "/newskg/get?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build();
        assertTrue(http().send(put, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400, "/get is read-only");
        assertFalse(QueryExecHTTP.service(base + "/newskg/sparql").query("ASK { <urn:a> ?p ?o }").ask());
    }

    @Test
    void theShaclEndpointValidatesTheServedData() throws Exception {
        String ours = java.nio.file.Files.readString(org.newskg.validate.Shapes.SOURCE);
        assertTrue(shacl(ours).contains("sh:conforms  true") || shacl(ours).contains("sh:conforms true"), "the loaded data fits newskg's shapes");
        String stricter = """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix nkg: <https://w3id.org/newskg/ontology#> .
                [] a sh:NodeShape ; sh:targetClass nkg:Allegation ;
                   sh:property [ sh:path nkg:accuser ; sh:minCount 1 ] .
                """;
        String report = shacl(stricter);
        assertTrue(report.contains("false"), "the unattributed allegation has no accuser: " + report);
        assertTrue(report.contains("chinese-nationals-fighting"), report);
    }

    private static String shacl(String shapes) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/newskg/shacl?graph=union"))
                .header("Content-Type", "text/turtle").header("Accept", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(shapes)).build();
        HttpResponse<String> r = http().send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void theOntologyIsServedAtItsPathByContentNegotiation() throws Exception {
        HttpResponse<String> ttl = get("/ontology", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(RDFParser.fromString(ttl.body(), Lang.TURTLE).toGraph().size() > 500);

        // what Protege's "Open from URL" sends
        HttpResponse<String> xml = get("/ontology", "application/rdf+xml, application/xml; q=0.7, text/xml; q=0.6, text/plain; q=0.1, */*; q=0.09");
        assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"));
        assertTrue(RDFParser.fromString(xml.body(), Lang.RDFXML).toGraph().size() > 500);

        HttpResponse<String> html = get("/ontology", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<h1>newskg ontology</h1>"));
        assertTrue(get("/ontology?format=rdfxml", "text/html").body().contains("<rdf:RDF"));
    }

    @Test
    void theOwlApiOpensTheOntologyFromTheServersUrl() throws Exception {
        var manager = org.semanticweb.owlapi.apibinding.OWLManager.createOWLOntologyManager();
        var ontology = manager.loadOntologyFromOntologyDocument(org.semanticweb.owlapi.model.IRI.create(base + "/ontology"));
        assertEquals("https://w3id.org/newskg/ontology", ontology.getOntologyID().getOntologyIRI().orElseThrow().toString());
        assertTrue(ontology.getAxiomCount() > 300);
    }

    @Test
    void anonymousWritesAreRefusedAndChangeNothing() throws Exception {
        HttpResponse<String> update = send(post("/newskg/update", "application/sparql-update", "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"));
        assertEquals(401, update.statusCode(), update.body());
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + "/newskg/data?graph=urn:g"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertEquals(401, put.statusCode());
        HttpResponse<String> wrong = send(withAuth(post("/newskg/update", "application/sparql-update", "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"), "not-the-password"));
        assertEquals(401, wrong.statusCode());
        assertFalse(QueryExecHTTP.service(base + "/newskg/sparql").query("ASK { GRAPH ?g { <urn:a> ?p ?o } }").ask(), "nothing was written");
    }

    @Test
    void theAdminWritesWithThePasswordOfThePasswordFile() throws Exception {
        String secret = Passwords.read(passwords);
        assertTrue(java.nio.file.Files.getPosixFilePermissions(passwords).equals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")),
                   "readable by its owner only");
        HttpResponse<String> update = send(withAuth(post("/newskg/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:newskg:test:auth> { <urn:written> <urn:by> <urn:admin> } }"), secret));
        assertEquals(2, update.statusCode() / 100, update.body());
        assertTrue(QueryExecHTTP.service(base + "/newskg/sparql").query("ASK { <urn:written> <urn:by> <urn:admin> }").ask());
        HttpResponse<String> delete = send(withAuth(post("/newskg/update", "application/sparql-update", "DROP GRAPH <urn:newskg:test:auth>"), secret));
        assertEquals(2, delete.statusCode() / 100);
        assertFalse(QueryExecHTTP.service(base + "/newskg/sparql").query("ASK { <urn:written> ?p ?o }").ask());
    }

    private static HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest withAuth(HttpRequest.Builder b, String password) {
        String token = java.util.Base64.getEncoder().encodeToString((Passwords.USER + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return b.header("Authorization", "Basic " + token).build();
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return send(b.build());
    }

    private static HttpResponse<String> send(HttpRequest r) throws Exception {
        return http().send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theUiIsServedAtTheRootAndListsTheDataset() throws Exception {
        HttpResponse<String> ui = get("/", "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("<html"), "an HTML page");
        HttpResponse<String> status = get("/$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/newskg"), status.body());
        assertEquals(404, get("/$/datasets", "application/json").statusCode(), "no dataset administration");
    }

    @Test
    void aRunawayQueryIsStoppedByTheConfiguredTimeout() throws Exception {
        // a cross product of the whole dataset with itself, three times: hours of work
        String runaway = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/newskg/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .timeout(java.time.Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(runaway)).build();
        long start = System.nanoTime();
        HttpResponse<String> r = http().send(req, HttpResponse.BodyHandlers.ofString());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(503, r.statusCode(), "timed out: " + r.body());
        assertTrue(seconds < 60, "stopped by the 10 s timeout, took " + seconds + " s");
    }

    @Test
    void anAnswerIsCappedAtTheConfiguredResultLimitAndSaysSo() throws Exception {
        // the dataset's triples twice over: far more than 10,000 solutions
        HttpResponse<String> big = post("SELECT ?a ?b { ?a ?p ?o . ?b ?q ?r }");
        assertEquals(200, big.statusCode(), big.body());
        assertEquals("10000", big.headers().firstValue(LimitedQuery.HEADER).orElse(null));
        assertEquals(10000, new com.fasterxml.jackson.databind.ObjectMapper().readTree(big.body()).at("/results/bindings").size());
        HttpResponse<String> small = post("SELECT ?a { ?a ?p ?o } LIMIT 5");
        assertTrue(small.headers().firstValue(LimitedQuery.HEADER).isEmpty(), "a LIMIT under the cap is left alone");
        assertEquals(5, new com.fasterxml.jackson.databind.ObjectMapper().readTree(small.body()).at("/results/bindings").size());
    }

    private static HttpResponse<String> post(String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/newskg/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        return http().send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build();
        return http().send(req, HttpResponse.BodyHandlers.ofString());
    }
}
