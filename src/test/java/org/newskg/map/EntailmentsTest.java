package org.newskg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newskg.Fixtures;
import org.newskg.ontology.Ontology;
import org.newskg.vocab.NKG;

class EntailmentsTest {
    private final Entailments entailments = Entailments.of(Ontology.model());
    private final Node g = NodeFactory.createURI("urn:g");
    private final Node x = NodeFactory.createURI("urn:x");
    private final Node y = NodeFactory.createURI("urn:y");

    @Test
    void aStateVisitIsAMeetingAndAnEvent() {
        DatasetGraph out = run(Quad.create(g, x, RDF.type.asNode(), NKG.StateVisit.asNode()));
        for (var c : List.of(NKG.StateVisit, NKG.Meeting, NKG.Event, NKG.Fact))
            assertTrue(out.contains(g, x, RDF.type.asNode(), c.asNode()), c.getLocalName());
    }

    @Test
    void aGuestOfHonourIsAGuestAndAParticipant() {
        DatasetGraph out = run(Quad.create(g, x, NKG.guestOfHonour.asNode(), y));
        assertTrue(out.contains(g, x, NKG.guest.asNode(), y));
        assertTrue(out.contains(g, x, NKG.participant.asNode(), y));
    }

    @Test
    void aCounterClaimIsBothAResponseAndAnAllegation() {
        assertTrue(entailments.superClassesOf(NKG.CounterClaim.asNode()).containsAll(
                List.of(NKG.Response.asNode(), NKG.Allegation.asNode(), NKG.Statement.asNode())));
    }

    @Test
    void entailedQuadsAreSentOnce() {
        List<Quad> sent = new ArrayList<>();
        StreamRDF stream = entailments.wrap(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                sent.add(q);
            }
        });
        stream.start();
        stream.quad(Quad.create(g, x, RDF.type.asNode(), NKG.StateVisit.asNode()));
        stream.quad(Quad.create(g, x, RDF.type.asNode(), NKG.Meeting.asNode()));
        stream.finish();
        List<Quad> entailed = sent.stream().filter(q -> !q.getObject().equals(NKG.StateVisit.asNode())).toList();
        assertEquals(new HashSet<>(entailed).size(), entailed.size() - 1, "only the stated Meeting quad repeats");
    }

    @Test
    void theSeedWithEntailmentsHasEveryFactTypedAsFact() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF stream = entailments.wrap(StreamRDFLib.dataset(dsg));
        stream.start();
        new FactsMapper(IriScheme.standard()).map(Fixtures.seed(), stream);
        stream.finish();
        IriScheme iris = IriScheme.standard();
        Fixtures.seed().allFacts().forEach(f -> assertTrue(
                dsg.contains(Node.ANY, iris.fact("000_1c78fd6e59ff975b", f.id()), RDF.type.asNode(), NKG.Fact.asNode()), f.id()));
    }

    private DatasetGraph run(Quad q) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF stream = entailments.wrap(StreamRDFLib.dataset(dsg));
        stream.start();
        stream.quad(q);
        stream.finish();
        return dsg;
    }
}
