package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Fixtures;
import org.newskg.map.IriScheme;
import org.newskg.store.ArticleStore;

/** Linking a TDB2 dataset on disk, against a real Fuseki serving the Wikidata-shaped sample. */
class LinkerTest {
    private static WikidataStandIn wikidata;

    @TempDir
    Path dir;

    private DatasetGraph dsg;
    private final IriScheme iris = IriScheme.standard();

    @BeforeAll
    static void startWikidata() {
        wikidata = new WikidataStandIn();
    }

    @AfterAll
    static void stopWikidata() {
        wikidata.close();
    }

    @BeforeEach
    void load() {
        ArticleStore store = ArticleStore.open(dir.resolve("db"));
        store.loadAll(List.of(Fixtures.read(Fixtures.FACTS.resolve("linking").resolve("unlinked.facts.json"))), r -> {});
        dsg = store.datasetGraph();
    }

    private WikidataReconciler reconciler(String url) {
        return new WikidataReconciler(SparqlEndpoint.create(url).cache(dir.resolve("cache")).minInterval(Duration.ZERO)
                                                  .timeout(Duration.ofSeconds(3)));
    }

    @Test
    void offlineTheGazetteerLinksStatesAndOrganizations() {
        LinkReport report = Linker.create(dsg).run();
        assertEquals(2, report.byGazetteer(), report.toString());
        assertEquals(0, report.byEndpoint());
        assertEquals("Q159", linkOf("id/state/russian-federation"));
        assertEquals("Q7184", linkOf("id/organization/nato"));
        assertTrue(report.unlinked().containsAll(List.of("Narnia", "Ivan Petrov", "Anna Ivanova", "Sumy region")), report.toString());
    }

    @Test
    void reconciliationTakesTheRightKindOfItemAndKeepsAmbiguityForReview() {
        LinkReport report = Linker.create(dsg).reconciler(reconciler(wikidata.sparql())).run();
        assertNull(report.endpointProblem());
        assertEquals(2, report.byGazetteer());
        assertEquals(2, report.byEndpoint(), report.toString());
        assertEquals("Q99990001", linkOf("id/person/ivan-petrov"), "the Ivan Petrov who holds an office of Russia");
        assertEquals("Q99990010", linkOf("id/place/sumy-region"), "found by its alias");
        assertNull(linkOf("id/person/anna-ivanova"), "two equal candidates: no link on a guess");
        assertEquals(1, report.suggested());
        Map<String, List<String>> suggested = Txn.calculateRead(dsg, () -> new MappingGraphs(iris).read(dsg, new MappingGraphs(iris).suggestions())
                .stream().collect(Collectors.groupingBy(Mapping::label, Collectors.mapping(Mapping::qid, Collectors.toList()))));
        assertEquals(List.of("Q99990004", "Q99990005"), suggested.get("Anna Ivanova").stream().sorted().toList());
        assertEquals(List.of("Narnia"), report.unlinked());

        // a second run has only what is still unlinked to do
        LinkReport again = Linker.create(dsg).reconciler(reconciler(wikidata.sparql())).run();
        assertEquals(2, again.considered(), again.toString());
        assertNull(again.endpointProblem());
    }

    @Test
    void aRunAnsweredOnceIsAnsweredFromTheCacheWhenTheEndpointIsGone() {
        String url;
        try (WikidataStandIn ownStandIn = new WikidataStandIn()) {
            url = ownStandIn.sparql();
            LinkReport first = Linker.create(dsg).threshold(0.99).reconciler(reconciler(url)).run();
            assertNull(first.endpointProblem());
        }
        // the same questions to the same endpoint, now stopped: every answer comes from the cache
        LinkReport second = Linker.create(dsg).threshold(0.99).reconciler(reconciler(url)).run();
        assertNull(second.endpointProblem(), "answered from the cache");
    }

    @Test
    void stateNamesNeverLinkToTheCulturalRegion() throws Exception {
        EntityToLink china = new EntityToLink("urn:x", "State", "China", List.of("China"), java.util.Set.of(), null);
        List<Candidate> candidates = reconciler(wikidata.sparql()).candidates(china);
        assertEquals(List.of("Q148"), candidates.stream().map(Candidate::qid).toList());
    }

    @Test
    void anUnreachableEndpointLeavesTheRunOffline() {
        LinkReport report = Linker.create(dsg).reconciler(reconciler("http://localhost:1/sparql")).run();
        assertTrue(report.endpointProblem() != null && report.endpointProblem().contains("did not answer"), String.valueOf(report.endpointProblem()));
        assertEquals(2, report.byGazetteer(), "the gazetteer still links");
        assertEquals(0, report.byEndpoint());
        assertNull(linkOf("id/person/ivan-petrov"));
    }

    private String linkOf(String path) {
        Node e = NodeFactory.createURI(iris.base() + path);
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(Node.ANY, e, SKOS.exactMatch.asNode(), Node.ANY);
            if (!it.hasNext())
                return null;
            String iri = it.next().getObject().getURI();
            assertFalse(it.hasNext(), "one link only");
            return iri.substring(iri.lastIndexOf('/') + 1);
        });
    }
}
