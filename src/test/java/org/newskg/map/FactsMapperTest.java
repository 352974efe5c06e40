package org.newskg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newskg.Fixtures;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.TextOffsets;
import org.newskg.vocab.NKG;

class FactsMapperTest {
    private final IriScheme iris = IriScheme.standard();

    @Test
    void mappingTheSameArticleTwiceGivesTheSameOutput() {
        ArticleFacts seed = Fixtures.seed();
        String first = MappedData.nquads(seed);
        assertFalse(first.isEmpty());
        assertEquals(first, MappedData.nquads(Fixtures.seed()));
    }

    @Test
    void everyQuadIsInANamedGraphAndFactsAreInTheirArticlesGraph() {
        ArticleFacts seed = Fixtures.seed();
        DatasetGraph dsg = MappedData.dataset(seed);
        assertTrue(dsg.getDefaultGraph().isEmpty(), "nothing in the default graph");
        Set<Node> graphs = new HashSet<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        assertEquals(Set.of(iris.articleGraph(seed.article().id()), iris.entitiesGraph()), graphs);
        Node articleGraph = iris.articleGraph(seed.article().id());
        seed.allFacts().forEach(f -> assertTrue(
                dsg.contains(articleGraph, iris.fact(seed.article().id(), f.id()), NKG.reportedIn.asNode(), iris.article(seed.article().id())),
                f.id() + " is reported in its article, in the article's graph"));
    }

    @Test
    void theSameStateInTwoArticlesIsOneNode() {
        ArticleFacts seed = Fixtures.seed();
        ArticleFacts other = Fixtures.minimal();
        DatasetGraph dsg = MappedData.dataset(seed, other);
        Node china = NodeFactory.createURI(IriScheme.DEFAULT_BASE + "id/Q148");
        Node putin = NodeFactory.createURI(IriScheme.DEFAULT_BASE + "id/Q7747");
        for (ArticleFacts a : List.of(seed, other))
            assertTrue(dsg.getGraph(iris.articleGraph(a.article().id())).contains(Node.ANY, NKG.host.asNode(), putin),
                       "article " + a.article().id() + " refers to " + putin);
        assertEquals(1, dsg.getGraph(iris.entitiesGraph()).find(china, RDF.type.asNode(), NKG.State.asNode()).toList().size());
        // and the position of its president is one node too
        Node president = NodeFactory.createURI(IriScheme.DEFAULT_BASE + "id/position/Q148/head-of-state");
        for (ArticleFacts a : List.of(seed, other))
            assertTrue(dsg.getGraph(iris.articleGraph(a.article().id())).contains(Node.ANY, NKG.position.asNode(), president));
    }

    @Test
    void everyEvidenceSpanAnchorsItsTextAndSentence() {
        ArticleFacts seed = Fixtures.seed();
        TextOffsets text = new TextOffsets(seed.article().text());
        DatasetGraph dsg = MappedData.dataset(seed);
        String query = """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?fact ?anchor ?b ?e ?sentence ?sb ?se {
                  GRAPH ?g { ?fact nkg:evidence ?span .
                             ?span nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e ;
                                   nkg:sentence ?s .
                             ?s a nkg:Sentence ; nif:anchorOf ?sentence ; nif:beginIndex ?sb ; nif:endIndex ?se } }
                """;
        Set<String> factsWithEvidence = new HashSet<>();
        try (var exec = QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg))) {
            exec.execSelect().forEachRemaining((QuerySolution row) -> {
                int b = row.getLiteral("b").getInt(), e = row.getLiteral("e").getInt();
                int sb = row.getLiteral("sb").getInt(), se = row.getLiteral("se").getInt();
                assertEquals(text.substring(b, e), row.getLiteral("anchor").getString());
                assertEquals(text.substring(sb, se), row.getLiteral("sentence").getString());
                assertTrue(sb < e && b < se, "the sentence overlaps the span");
                factsWithEvidence.add(row.getResource("fact").getURI());
            });
        }
        assertEquals(seed.allFacts().count(), factsWithEvidence.size(), "every fact has evidence in a sentence");
    }

    @Test
    void aceasefireAllegationIsAnsweredByADenialAndACounterClaim() {
        ArticleFacts seed = Fixtures.seed();
        DatasetGraph dsg = MappedData.dataset(seed);
        String id = seed.article().id();
        Node allegation = iris.fact(id, "ceasefire-violation");
        Node g = iris.articleGraph(id);
        assertTrue(dsg.contains(g, iris.fact(id, "russian-army-denial"), NKG.denies.asNode(), allegation));
        assertTrue(dsg.contains(g, iris.fact(id, "russian-army-counter-claim"), NKG.counters.asNode(), allegation));
        assertTrue(dsg.contains(g, allegation, NKG.status.asNode(), NKG.Denied.asNode()));
        assertTrue(dsg.contains(g, allegation, NKG.concerns.asNode(), iris.fact(id, "victory-day-ceasefire")));
    }

    @Test
    void datesKeepTheirPrecision() {
        assertEquals("http://www.w3.org/2001/XMLSchema#gYear", Dates.literal("2022").getLiteralDatatypeURI());
        assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth", Dates.literal("2022-02").getLiteralDatatypeURI());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", Dates.literal("2022-02-24").getLiteralDatatypeURI());
    }

    @Test
    void slugsAreStableAscii() {
        assertEquals("cote-d-ivoire", IriScheme.slug("Côte d'Ivoire"));
        assertEquals("head-of-state", IriScheme.slug("HeadOfState"));
        assertEquals("xi-jinping", IriScheme.slug("  Xi  Jinping "));
    }

    @Test
    void quadsOfOneArticleAreNotRepeated() {
        String nq = MappedData.nquads(Fixtures.seed());
        List<String> lines = nq.lines().toList();
        assertEquals(lines.size(), new HashSet<>(lines).size(), "each quad once");
        assertTrue(lines.stream().noneMatch(l -> l.contains(Quad.defaultGraphIRI.getURI())));
    }
}
