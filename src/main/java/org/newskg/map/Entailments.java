package org.newskg.map;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The entailments newskg materializes when it loads data, so that queries over TDB2 need no
 * inference model: every superclass of a stated type ({@code rdfs:subClassOf}, transitively),
 * every super-property of a stated property ({@code rdfs:subPropertyOf}), and the inverse of
 * a property that has one ({@code owl:inverseOf}). A state visit is thereby also a meeting and
 * an event, and a guest of honour is also a guest and a participant.
 * <p>
 * The closures are computed once from the ontology; {@link #wrap} adds the entailed quads to a
 * stream, in the same graph as the quad they follow from.
 */
public final class Entailments {
    private final Map<Node, List<Node>> superClasses;
    private final Map<Node, List<Node>> superProperties;
    private final Map<Node, Node> inverses;

    private Entailments(Map<Node, List<Node>> superClasses, Map<Node, List<Node>> superProperties, Map<Node, Node> inverses) {
        this.superClasses = superClasses;
        this.superProperties = superProperties;
        this.inverses = inverses;
    }

    /** The entailments of an ontology. */
    public static Entailments of(Model ontology) {
        Map<Node, Node> inverses = new HashMap<>();
        ontology.listStatements(null, OWL.inverseOf, (RDFNode) null).forEach(s -> {
            if (s.getObject().isURIResource()) {
                inverses.put(s.getSubject().asNode(), s.getObject().asNode());
                inverses.put(s.getObject().asNode(), s.getSubject().asNode());
            }
        });
        return new Entailments(closure(ontology, RDFS.subClassOf), closure(ontology, RDFS.subPropertyOf), inverses);
    }

    /** For each named term, all its named ancestors along {@code link}, nearest first. */
    private static Map<Node, List<Node>> closure(Model ontology, Property link) {
        Map<Node, List<Node>> result = new HashMap<>();
        ontology.listSubjectsWithProperty(link).forEach(term -> {
            if (!term.isURIResource())
                return;
            Set<Node> seen = new java.util.LinkedHashSet<>();
            collect(term, link, seen);
            seen.remove(term.asNode());
            seen.remove(OWL.Thing.asNode());
            if (!seen.isEmpty())
                result.put(term.asNode(), List.copyOf(seen));
        });
        return result;
    }

    private static void collect(Resource term, Property link, Set<Node> seen) {
        for (Statement s : term.listProperties(link).toList()) {
            if (s.getObject().isURIResource() && seen.add(s.getObject().asNode()))
                collect(s.getResource(), link, seen);
        }
    }

    /** Superclasses of a class, nearest first; empty for unknown classes. */
    public List<Node> superClassesOf(Node type) {
        return superClasses.getOrDefault(type, List.of());
    }

    /** A stream that passes every quad on to {@code sink} followed by what it entails. */
    public StreamRDF wrap(StreamRDF sink) {
        return new Entailing(sink);
    }

    private final class Entailing extends StreamRDFWrapper {
        // Two stated quads can entail the same quad (a StateVisit and a Meeting are both Events):
        // remember what was sent so that file output holds each quad once.
        private final Set<Quad> entailed = new HashSet<>();

        Entailing(StreamRDF sink) {
            super(sink);
        }

        @Override
        public void triple(Triple t) {
            quad(Quad.create(Quad.defaultGraphNodeGenerated, t));
        }

        @Override
        public void quad(Quad q) {
            super.quad(q);
            Node g = q.getGraph(), s = q.getSubject(), p = q.getPredicate(), o = q.getObject();
            if (p.equals(RDF.type.asNode())) {
                for (Node c : superClassesOf(o))
                    emit(Quad.create(g, s, p, c));
            } else {
                for (Node sp : superProperties.getOrDefault(p, List.of()))
                    emit(Quad.create(g, s, sp, o));
                Node inverse = inverses.get(p);
                if (inverse != null && !o.isLiteral())
                    emit(Quad.create(g, o, inverse, s));
            }
        }

        private void emit(Quad q) {
            if (entailed.add(q))
                super.quad(q);
        }

        @Override
        public void finish() {
            entailed.clear();
            super.finish();
        }
    }
}
