package org.newskg.serve.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.link.WikidataStandIn;
import org.newskg.serve.ServerConfig;

/**
 * SERVICE goes only to the endpoints listed in the configuration: probes of issue 17 (a server
 * calling itself 25 levels deep, SERVICE to another loopback port, SERVICE ?var, a SHACL-SPARQL
 * shape with SERVICE) are refused with a clean 400 that says why, and nothing is fetched.
 */
class ServiceControlIT {
    private static final String WIKIDATA = "https://query.wikidata.org/sparql";

    @TempDir
    static Path dir;
    private static WikidataStandIn standIn;
    private static SecretService secret;
    private static ProbeServer server;

    @BeforeAll
    static void start() throws Exception {
        standIn = new WikidataStandIn();
        secret = new SecretService();
        server = ProbeServer.start(ServerConfig.read(ServerConfig.SOURCE).withServiceAllowed(standIn.sparql()), dir);
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        if (secret != null)
            secret.close();
        if (standIn != null)
            standIn.close();
    }

    @Test
    void theShippedConfigurationAllowsWikidataOnly() {
        assertEquals(java.util.List.of(WIKIDATA), ServerConfig.read(ServerConfig.SOURCE).settings().serviceAllowed());
    }

    @Test
    void aListedEndpointAnswers() throws Exception {
        HttpResponse<String> r = server.query("SELECT ?item { SERVICE <" + standIn.sparql() + "> { ?item ?p ?o } } LIMIT 3");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(3, bindings(r));
    }

    @Test
    void anUnlistedLoopbackUrlIsRefusedAndNeverFetched() throws Exception {
        HttpResponse<String> r = server.query("SELECT * { SERVICE <" + secret.url() + "> { ?s ?p ?o } }");
        assertRefused(r, "is not an allowed endpoint");
        HttpResponse<String> silent = server.query("SELECT * { SERVICE SILENT <" + secret.url() + "> { ?s ?p ?o } }");
        assertRefused(silent, "is not an allowed endpoint");
    }

    @Test
    void theServerItselfIsRefused() throws Exception {
        assertRefused(server.query("SELECT * { SERVICE <" + server.sparql() + "> { ?s ?p ?o } } LIMIT 1"), "is not an allowed endpoint");
    }

    @Test
    void aVariableEndpointIsRefused() throws Exception {
        HttpResponse<String> r = server.query("SELECT * { BIND(<" + secret.url() + "> AS ?e) SERVICE ?e { ?s ?p ?o } }");
        assertRefused(r, "must be a constant IRI");
    }

    @Test
    void serviceHiddenInExistsOrASubqueryIsRefused() throws Exception {
        assertRefused(server.query("SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <" + secret.url() + "> { ?s ?q ?r } } } LIMIT 1"),
                      "is not an allowed endpoint");
        assertRefused(server.query("SELECT * { { SELECT * { SERVICE <" + secret.url() + "> { ?s ?p ?o } } } }"),
                      "is not an allowed endpoint");
    }

    @Test
    void nestingPastTheLimitIsRefusedEvenToAListedEndpoint() throws Exception {
        String endpoint = standIn.sparql();
        String nested = "SELECT * { SERVICE <" + endpoint + "> { SERVICE <" + endpoint + "> { SERVICE <" + endpoint + "> { ?s ?p ?o } } } }";
        assertRefused(server.query(nested), "nested 3 deep, the limit is 2");
    }

    @Test
    void theTwentyFiveLevelSelfQueryGetsAFastErrorAndPingStaysQuick() throws Exception {
        StringBuilder q = new StringBuilder("SELECT * { ?s ?p ?o ");
        for (int i = 0; i < 25; i++)
            q.append("SERVICE <").append(server.sparql()).append("> { ?s ?p ?o ");
        q.append("}".repeat(25)).append(" }");
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            HttpResponse<String> r = server.query(q.toString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(millis < 2000, "refused in " + millis + " ms");
            assertTrue(server.pingMillis() < 1000, "ping answers within 1 s");
        }
    }

    @Test
    void aShaclShapeWithServiceOrStringBuildingIsRefusedAndFetchesNothing() throws Exception {
        String shapes = """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix nkg: <https://w3id.org/newskg/ontology#> .
                [] a sh:NodeShape ; sh:targetClass nkg:Allegation ;
                   sh:sparql [ sh:select "SELECT $this { SERVICE <%s> { ?x ?y ?z } }" ] .
                """.formatted(secret.url());
        HttpResponse<String> r = server.post("/newskg/shacl?graph=union", "text/turtle", shapes);
        assertRefused(r, "SHACL-SPARQL: SERVICE refused");
        String concat = shapes.replace("{ SERVICE <" + secret.url() + "> { ?x ?y ?z } }", "{ BIND(CONCAT(STR($this), STR($this)) AS ?x) }");
        assertRefused(server.post("/newskg/shacl?graph=union", "text/turtle", concat), "string-building functions");
        HttpResponse<String> core = server.post("/newskg/shacl?graph=union", "text/turtle", """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix nkg: <https://w3id.org/newskg/ontology#> .
                [] a sh:NodeShape ; sh:targetClass nkg:Allegation ; sh:property [ sh:path nkg:accuser ; sh:minCount 1 ] .
                """);
        assertEquals(200, core.statusCode(), "SHACL Core shapes are validated as before: " + core.body());
    }

    private static void assertRefused(HttpResponse<String> r, String why) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(why), "says why: " + r.body());
        assertFalse(r.body().contains(SecretService.SECRET), "nothing of the target in the answer");
        assertEquals(0, secret.hits(), "the target was never called");
    }

    private static int bindings(HttpResponse<String> r) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).at("/results/bindings").size();
    }
}
