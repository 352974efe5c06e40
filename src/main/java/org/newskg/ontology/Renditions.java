package org.newskg.ontology;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * The ontology in the forms its users ask for: Turtle (the source), RDF/XML (what Protege and
 * the OWL API read most readily) and HTML documentation.
 */
public final class Renditions {
    private Renditions() {}

    /** The Turtle source as written (with its comments, and @prefix directives that every Turtle reader knows). */
    public static byte[] turtle() {
        return Ontology.sourceBytes();
    }

    public static byte[] rdfXml(Model ontology) {
        return write(ontology, RDFFormat.RDFXML_PRETTY);
    }

    public static byte[] html(Model ontology) {
        return new OntologyDocs(ontology).html().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] write(Model ontology, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ontology, format);
        return out.toByteArray();
    }
}
