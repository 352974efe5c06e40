package org.newskg.map;

import java.io.OutputStream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.Rio;

/**
 * A {@link StreamRDF} that writes what it receives to an output stream in one {@link RdfSyntax}.
 * Line-based syntaxes stream straight through; pretty ones (Turtle, TriG, JSON-LD, RDF/XML)
 * need the whole dataset to group and abbreviate, so they are gathered first and written on
 * {@code finish()}. Syntaxes without named graphs get the union of all graphs.
 *
 * <pre>
 *   StreamRDF out = RdfWriter.create(System.out, RdfSyntax.TRIG);
 *   out.start(); mapper.map(facts, out); out.finish();
 * </pre>
 */
public final class RdfWriter {
    private RdfWriter() {}

    public static StreamRDF create(OutputStream out, RdfSyntax syntax) {
        if (syntax.rioFormat() != null)
            return new RioSink(Rio.createWriter(syntax.rioFormat(), out), syntax.keepsGraphs());
        if (syntax == RdfSyntax.NQUADS || syntax == RdfSyntax.RDF_THRIFT)
            return StreamRDFWriter.getWriterStream(out, syntax.jenaFormat());
        if (syntax == RdfSyntax.NTRIPLES)
            return new DroppingGraphs(StreamRDFWriter.getWriterStream(out, syntax.jenaFormat()));
        return new Gathering(out, syntax);
    }

    /** Sends every quad on as a triple, for line-based syntaxes without graphs. */
    private static final class DroppingGraphs extends org.apache.jena.riot.system.StreamRDFWrapper {
        DroppingGraphs(StreamRDF sink) {
            super(sink);
        }

        @Override
        public void quad(Quad quad) {
            super.triple(quad.asTriple());
        }
    }

    private static final class Gathering extends org.apache.jena.riot.system.StreamRDFWrapper {
        private final OutputStream out;
        private final RdfSyntax syntax;
        private final DatasetGraph dataset;

        Gathering(OutputStream out, RdfSyntax syntax) {
            this(out, syntax, DatasetGraphFactory.createTxnMem());
        }

        private Gathering(OutputStream out, RdfSyntax syntax, DatasetGraph dataset) {
            super(StreamRDFLib.dataset(dataset));
            this.out = out;
            this.syntax = syntax;
            this.dataset = dataset;
        }

        @Override
        public void quad(Quad quad) {
            super.quad(syntax.keepsGraphs() ? quad : Quad.create(Quad.defaultGraphIRI, quad.asTriple()));
        }

        @Override
        public void finish() {
            super.finish();
            dataset.prefixes().putAll(Prefixes.STANDARD);
            if (syntax.keepsGraphs())
                RDFDataMgr.write(out, dataset, syntax.jenaFormat());
            else
                RDFDataMgr.write(out, dataset.getDefaultGraph(), syntax.jenaFormat());
        }
    }

    private static final class RioSink implements StreamRDF {
        private final RDFHandler handler;
        private final boolean keepGraphs;

        RioSink(RDFHandler handler, boolean keepGraphs) {
            this.handler = handler;
            this.keepGraphs = keepGraphs;
        }

        @Override
        public void start() {
            handler.startRDF();
            Prefixes.STANDARD.forEach(handler::handleNamespace);
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        @Override
        public void quad(Quad quad) {
            Quad q = keepGraphs ? quad : Quad.create(Quad.defaultGraphIRI, quad.asTriple());
            handler.handleStatement(Rdf4jBridge.toRdf4j(q));
        }

        @Override
        public void base(String base) {}

        @Override
        public void prefix(String prefix, String iri) {
            handler.handleNamespace(prefix, iri);
        }

        @Override
        public void finish() {
            handler.endRDF();
        }
    }
}
