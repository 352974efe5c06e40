package org.newskg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NIF 2.0 Core terms newskg uses for text anchors (offsets, anchor text, context). */
public final class NIF {
    private NIF() {}

    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    public static final Resource OffsetBasedString = ResourceFactory.createResource(NS + "OffsetBasedString");
    public static final Resource Sentence = ResourceFactory.createResource(NS + "Sentence");
    public static final Property beginIndex = ResourceFactory.createProperty(NS, "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS, "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NS, "anchorOf");
    public static final Property isString = ResourceFactory.createProperty(NS, "isString");
    public static final Property referenceContext = ResourceFactory.createProperty(NS, "referenceContext");
}
