package org.newskg.ontology;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.vocab.NKG;

/** Reading the ontology's own terms, for documentation: lists by kind, labels, definitions. */
final class Terms {
    private final Model model;

    Terms(Model model) {
        this.model = model;
    }

    /** The newskg terms declared with {@code type}, by local name. */
    List<Resource> ofType(Resource type) {
        return model.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(NKG.NS))
                .sorted(Comparator.comparing(Resource::getLocalName))
                .toList();
    }

    String label(RDFNode node) {
        if (!node.isURIResource())
            return node.isLiteral() ? node.asLiteral().getLexicalForm() : unionLabel(node.asResource());
        Resource r = node.asResource();
        return Optional.ofNullable(r.getProperty(RDFS.label)).map(s -> s.getString()).orElse(shortName(r));
    }

    String definition(Resource r) {
        Statement s = r.getProperty(SKOS.definition);
        return s == null ? "" : s.getString();
    }

    /** "nkg:State", "prov:Entity", or the full IRI. */
    String shortName(Resource r) {
        String prefixed = model.shortForm(r.getURI());
        return prefixed.equals(r.getURI()) ? "<" + r.getURI() + ">" : prefixed;
    }

    List<Resource> objects(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isResource).map(RDFNode::asResource).toList();
    }

    List<Resource> subjects(Property p, Resource object) {
        return model.listSubjectsWithProperty(p, object).toList().stream()
                .filter(Resource::isURIResource)
                .sorted(Comparator.comparing(Resource::getLocalName)).toList();
    }

    boolean isNewskg(Resource r) {
        return r.isURIResource() && r.getURI().startsWith(NKG.NS);
    }

    String literal(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null)
            return "";
        RDFNode o = s.getObject();
        return o.isLiteral() ? ((Literal) o).getLexicalForm() : o.asResource().getURI();
    }

    /** A class given as owl:unionOf ( A B ). */
    private String unionLabel(Resource blank) {
        Statement union = blank.getProperty(org.apache.jena.vocabulary.OWL.unionOf);
        if (union == null)
            return "(anonymous class)";
        return String.join(" or ", union.getObject().as(org.apache.jena.rdf.model.RDFList.class).iterator().toList()
                .stream().map(n -> shortName(n.asResource())).toList());
    }
}
