package org.newskg.map;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes {@code map} writes. Jena writes most of them; RDF4J Rio writes those Jena
 * lacks (RDF4J's binary format, N3).
 */
public enum RdfSyntax {
    TURTLE("turtle", "ttl", RDFFormat.TURTLE_PRETTY, null, false),
    TRIG("trig", "trig", RDFFormat.TRIG_PRETTY, null, true),
    NTRIPLES("ntriples", "nt", RDFFormat.NTRIPLES, null, false),
    NQUADS("nquads", "nq", RDFFormat.NQUADS, null, true),
    JSONLD("jsonld", "jsonld", RDFFormat.JSONLD11, null, true),
    RDFXML("rdfxml", "rdf", RDFFormat.RDFXML_PLAIN, null, false),
    TRIX("trix", "trix", RDFFormat.TRIX, null, true),
    RDF_THRIFT("thrift", "trdf", RDFFormat.RDF_THRIFT, null, true),
    RDF_PROTOBUF("protobuf", "rpb", RDFFormat.RDF_PROTO, null, true),
    RDFJSON("rdfjson", "rj", RDFFormat.RDFJSON, null, false),
    RDF4J_BINARY("rdf4j-binary", "brf", null, org.eclipse.rdf4j.rio.RDFFormat.BINARY, true),
    N3("n3", "n3", null, org.eclipse.rdf4j.rio.RDFFormat.N3, false);

    private final String name;
    private final String extension;
    private final RDFFormat jena;
    private final org.eclipse.rdf4j.rio.RDFFormat rio;
    private final boolean quads;

    RdfSyntax(String name, String extension, RDFFormat jena, org.eclipse.rdf4j.rio.RDFFormat rio, boolean quads) {
        this.name = name;
        this.extension = extension;
        this.jena = jena;
        this.rio = rio;
        this.quads = quads;
    }

    public String syntaxName() {
        return name;
    }

    public String extension() {
        return extension;
    }

    /** Jena's writer for this syntax, or null when Rio writes it. */
    public RDFFormat jenaFormat() {
        return jena;
    }

    /** Rio's format for this syntax, or null when Jena writes it. */
    public org.eclipse.rdf4j.rio.RDFFormat rioFormat() {
        return rio;
    }

    /** True when the syntax keeps named graphs; otherwise graphs are merged on output. */
    public boolean keepsGraphs() {
        return quads;
    }

    /** Looks a syntax up by name ("turtle") or file extension ("ttl"), ignoring case. */
    public static RdfSyntax of(String nameOrExtension) {
        String key = nameOrExtension.toLowerCase(Locale.ROOT);
        for (RdfSyntax s : values())
            if (s.name.equals(key) || s.extension.equals(key))
                return s;
        throw new IllegalArgumentException("unknown RDF syntax '" + nameOrExtension + "'; choose one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(RdfSyntax::syntaxName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return name;
    }
}
