package org.newskg.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newskg.Fixtures;
import org.newskg.map.Entailments;
import org.newskg.map.FactsMapper;
import org.newskg.map.IriScheme;
import org.newskg.ontology.Ontology;
import org.newskg.vocab.NIF;
import org.newskg.vocab.NKG;

/** The shapes accept what the mapper writes from good facts, and catch what breaks the data model. */
class ShapesTest {
    private final Shapes shapes = Shapes.standard();
    private final IriScheme iris = IriScheme.standard();
    private final String seedId = "000_1c78fd6e59ff975b";

    @Test
    void theMappedSeedConforms() {
        Violations v = shapes.validate(seedGraph());
        assertTrue(v.conforms(), v.toString());
    }

    @Test
    void aMeetingWithoutParticipantsIsCaught() {
        Violations v = DataValidator.standard().facts(Fixtures.read(Fixtures.FACTS.resolve("shapes").resolve("meeting-without-participants.facts.json")));
        assertTrue(v.toString().contains("a meeting has participants"), v.toString());
    }

    @Test
    void aSpanWhoseTextDoesNotFitItsOffsetsIsCaught() {
        Graph g = seedGraph();
        Node span = iris.span(seedId, 3451, 3529);
        g.remove(span, NIF.endIndex.asNode(), Node.ANY);
        g.add(span, NIF.endIndex.asNode(), NodeFactory.createLiteralDT("3530", org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
        Violations v = shapes.validate(g);
        assertTrue(v.toString().contains("its anchor text has its length"), v.toString());
    }

    @Test
    void aFactWithoutEvidenceAndABadWikidataLinkAreCaught() {
        Graph g = seedGraph();
        g.remove(iris.fact(seedId, "sumy-attack"), NKG.evidence.asNode(), Node.ANY);
        g.add(NodeFactory.createURI(IriScheme.DEFAULT_BASE + "id/Q159"), SKOS.exactMatch.asNode(),
              NodeFactory.createURI("https://en.wikipedia.org/wiki/Russia"));
        String report = shapes.validate(g).toString();
        assertTrue(report.contains("a fact needs evidence"), report);
        assertTrue(report.contains("a Wikidata link is an entity IRI"), report);
    }

    @Test
    void anRdfFileWithoutEntailmentsIsValidatedAsLoaded() throws Exception {
        Path file = Path.of("target", "shapes-test-seed.nq");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            var writer = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(out, org.apache.jena.riot.RDFFormat.NQUADS);
            writer.start();
            new FactsMapper(iris).map(Fixtures.seed(), writer);
            writer.finish();
        }
        Violations v = DataValidator.standard().rdfFile(file);
        assertTrue(v.conforms(), v.toString());
        assertFalse(shapes.validate(org.apache.jena.riot.RDFParser.source(file).toDatasetGraph().getUnionGraph()).conforms(),
                    "without the entailments, the shapes would not see an actor in a State");
    }

    private Graph seedGraph() {
        DatasetGraph dsg = new FactsMapper(iris).toDataset(Fixtures.seed(), Entailments.of(Ontology.model()));
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.getUnionGraph().find().forEachRemaining(copy::add);
        return copy;
    }
}
