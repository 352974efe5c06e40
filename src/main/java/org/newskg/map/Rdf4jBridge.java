package org.newskg.map;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Converts RDF terms between Jena and RDF4J, so either library's writers and parsers can be used. */
public final class Rdf4jBridge {
    private Rdf4jBridge() {}

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    public static Statement toRdf4j(Quad q) {
        Resource ctx = q.isDefaultGraph() ? null : (Resource) value(q.getGraph());
        return VF.createStatement((Resource) value(q.getSubject()), (IRI) value(q.getPredicate()), value(q.getObject()), ctx);
    }

    public static Quad toJena(Statement st) {
        Node g = st.getContext() == null ? Quad.defaultGraphIRI : node(st.getContext());
        return Quad.create(g, node(st.getSubject()), node(st.getPredicate()), node(st.getObject()));
    }

    private static Value value(Node n) {
        if (n.isURI())
            return VF.createIRI(n.getURI());
        if (n.isBlank())
            return VF.createBNode(n.getBlankNodeLabel());
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty())
                return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("not an RDF term: " + n);
    }

    private static Node node(Value v) {
        if (v instanceof IRI iri)
            return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b)
            return NodeFactory.createBlankNode(b.getID());
        if (v instanceof Literal l) {
            if (l.getLanguage().isPresent())
                return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
            return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
        }
        throw new IllegalArgumentException("not an RDF term: " + v);
    }
}
