package org.newskg.map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParserRegistry;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newskg.Fixtures;

/**
 * {@code map}'s output in every syntax reads back, with Jena and with RDF4J Rio, to a dataset
 * isomorphic to what the mapper produced (the union graph for syntaxes without named graphs).
 */
class RdfSyntaxRoundTripTest {
    private static final DatasetGraph EXPECTED = MappedData.dataset(Fixtures.seed());

    @ParameterizedTest(name = "{0} read by Jena")
    @EnumSource(RdfSyntax.class)
    void jenaReadsBackWhatWasWritten(RdfSyntax syntax) {
        Optional<Lang> lang = jenaLang(syntax);
        assumeTrue(lang.isPresent(), "Jena has no parser for " + syntax);
        DatasetGraph read = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(write(syntax))).lang(lang.get()).parse(read);
        assertIsomorphic(syntax, read);
    }

    @ParameterizedTest(name = "{0} read by Rio")
    @EnumSource(RdfSyntax.class)
    void rioReadsBackWhatWasWritten(RdfSyntax syntax) throws Exception {
        Optional<RDFFormat> format = rioFormat(syntax);
        assumeTrue(format.isPresent() && RDFParserRegistry.getInstance().has(format.get()), "Rio has no parser for " + syntax);
        DatasetGraph read = DatasetGraphFactory.createGeneral();
        var parser = Rio.createParser(format.get());
        parser.setRDFHandler(new AbstractRDFHandler() {
            @Override
            public void handleStatement(org.eclipse.rdf4j.model.Statement st) {
                read.add(Rdf4jBridge.toJena(st));
            }
        });
        parser.parse(new ByteArrayInputStream(write(syntax)), "");
        assertIsomorphic(syntax, read);
    }

    private static byte[] write(RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF sink = RdfWriter.create(out, syntax);
        sink.start();
        new FactsMapper(IriScheme.standard()).map(Fixtures.seed(), sink);
        sink.finish();
        return out.toByteArray();
    }

    private static void assertIsomorphic(RdfSyntax syntax, DatasetGraph read) {
        if (syntax.keepsGraphs()) {
            assertTrue(IsoMatcher.isomorphic(EXPECTED, read), syntax + ": datasets differ");
        } else {
            Graph union = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            EXPECTED.find().forEachRemaining(q -> union.add(q.asTriple()));
            Graph readUnion = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            read.find(Quad.ANY).forEachRemaining(q -> readUnion.add(q.asTriple()));
            assertTrue(union.isIsomorphicWith(readUnion), syntax + ": graphs differ");
        }
    }

    private static Optional<Lang> jenaLang(RdfSyntax syntax) {
        return syntax.jenaFormat() != null ? Optional.of(syntax.jenaFormat().getLang()) : Optional.empty();
    }

    private static Optional<RDFFormat> rioFormat(RdfSyntax syntax) {
        if (syntax.rioFormat() != null)
            return Optional.of(syntax.rioFormat());
        return Rio.getParserFormatForFileName("x." + syntax.extension());
    }
}
