package org.newskg.ontology;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.vocab.NKG;

/**
 * HTML documentation of the ontology, generated from its Turtle: the header, a diagram of the
 * core, then every class, property and individual with its label, definition, place in the
 * hierarchy, domain and range, characteristics and alignments. One self-contained page, no
 * scripts; each term has an anchor named after its local name, so {@code #State} links to it.
 */
public final class OntologyDocs {
    private final Model model;
    private final Terms terms;

    public OntologyDocs(Model model) {
        this.model = model;
        this.terms = new Terms(model);
    }

    public String html() {
        Resource header = model.getResource(NKG.ONTOLOGY_IRI);
        StringBuilder h = new StringBuilder();
        String title = terms.literal(header, DCTerms.title);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n")
         .append("<style>body{font-family:sans-serif;max-width:72em;margin:2em auto;padding:0 1em;line-height:1.45;color:#222}")
         .append("h2{border-bottom:1px solid #ccc;margin-top:2em}.term{border-left:3px solid #2f5d9a;padding:.2em 1em;margin:1.2em 0}")
         .append(".term h3{margin:.2em 0}.iri{font-family:monospace;color:#555;font-size:.9em}dt{font-weight:bold;float:left;width:9em;clear:left}")
         .append("dd{margin-left:10em}code{background:#f3f3f3;padding:0 .2em}svg{max-width:100%;height:auto}</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n<p>").append(esc(terms.literal(header, DCTerms.description))).append("</p>\n<dl>\n");
        row(h, "IRI", code(NKG.ONTOLOGY_IRI));
        row(h, "Version", esc(terms.literal(header, OWL.versionInfo)) + " (" + code(terms.literal(header, OWL.versionIRI)) + ")");
        row(h, "Namespace", code(NKG.NS) + ", prefix <code>nkg:</code>");
        row(h, "Licence", link(terms.literal(header, DCTerms.license)));
        row(h, "Other forms", "<a href=\"?format=ttl\">Turtle</a> (the source), <a href=\"?format=rdfxml\">RDF/XML</a>");
        h.append("</dl>\n");

        List<Resource> classes = terms.ofType(OWL.Class);
        List<Resource> objectProperties = terms.ofType(OWL.ObjectProperty);
        List<Resource> datatypeProperties = terms.ofType(OWL.DatatypeProperty);
        List<Resource> individuals = terms.ofType(OWL.NamedIndividual);
        h.append("<p>").append(classes.size()).append(" classes, ").append(objectProperties.size()).append(" object properties, ")
         .append(datatypeProperties.size()).append(" datatype properties, ").append(individuals.size()).append(" individuals: ")
         .append("<a href=\"#classes\">classes</a>, <a href=\"#object-properties\">object properties</a>, ")
         .append("<a href=\"#datatype-properties\">datatype properties</a>, <a href=\"#individuals\">individuals</a>.</p>\n");

        h.append("<h2 id=\"core\">The core</h2>\n<p>Main classes and the object properties between them; dashed arrows are subclass links. ")
         .append("Click a class for its description.</p>\n").append(new CoreDiagram(model).svg());

        h.append("<h2 id=\"classes\">Classes</h2>\n");
        classes.forEach(c -> classEntry(h, c));
        h.append("<h2 id=\"object-properties\">Object properties</h2>\n");
        objectProperties.forEach(p -> propertyEntry(h, p));
        h.append("<h2 id=\"datatype-properties\">Datatype properties</h2>\n");
        datatypeProperties.forEach(p -> propertyEntry(h, p));
        h.append("<h2 id=\"individuals\">Individuals</h2>\n");
        individuals.forEach(i -> individualEntry(h, i));
        h.append("<p><small>Generated from ontology/newskg.ttl.</small></p>\n</body>\n</html>\n");
        return h.toString();
    }

    private void classEntry(StringBuilder h, Resource c) {
        open(h, c, "class");
        row(h, "Superclasses", refs(terms.objects(c, RDFS.subClassOf)));
        row(h, "Subclasses", refs(terms.subjects(RDFS.subClassOf, c)));
        row(h, "In domain of", refs(terms.subjects(RDFS.domain, c)));
        row(h, "In range of", refs(terms.subjects(RDFS.range, c)));
        alignments(h, c);
        h.append("</dl></div>\n");
    }

    private void propertyEntry(StringBuilder h, Resource p) {
        open(h, p, p.hasProperty(RDF.type, OWL.ObjectProperty) ? "object property" : "datatype property");
        row(h, "Domain", refs(terms.objects(p, RDFS.domain)));
        row(h, "Range", refs(terms.objects(p, RDFS.range)));
        row(h, "Super-properties", refs(terms.objects(p, RDFS.subPropertyOf)));
        row(h, "Sub-properties", refs(terms.subjects(RDFS.subPropertyOf, p)));
        List<Resource> inverses = new java.util.ArrayList<>(terms.objects(p, OWL.inverseOf));
        inverses.addAll(terms.subjects(OWL.inverseOf, p));
        row(h, "Inverse", refs(inverses));
        List<String> characteristics = terms.objects(p, RDF.type).stream()
                .filter(t -> t.equals(OWL.FunctionalProperty) || t.equals(OWL.TransitiveProperty) || t.equals(OWL.SymmetricProperty))
                .map(t -> t.getLocalName().replace("Property", "").toLowerCase()).toList();
        row(h, "Characteristics", esc(String.join(", ", characteristics)));
        alignments(h, p);
        h.append("</dl></div>\n");
    }

    private void individualEntry(StringBuilder h, Resource i) {
        open(h, i, "individual");
        row(h, "Type", refs(terms.objects(i, RDF.type).stream().filter(terms::isNewskg).toList()));
        h.append("</dl></div>\n");
    }

    private void open(StringBuilder h, Resource r, String kind) {
        h.append("<div class=\"term\" id=\"").append(r.getLocalName()).append("\">\n<h3>").append(esc(terms.label(r)))
         .append(" <small>(").append(kind).append(")</small></h3>\n<div class=\"iri\">").append(esc(r.getURI())).append("</div>\n<p>")
         .append(esc(terms.definition(r))).append("</p>\n<dl>\n");
        String comment = terms.literal(r, RDFS.comment);
        if (!comment.isEmpty())
            row(h, "Note", esc(comment));
    }

    private void alignments(StringBuilder h, Resource r) {
        List<Resource> external = new java.util.ArrayList<>();
        for (Property p : List.of(SKOS.exactMatch, SKOS.closeMatch))
            external.addAll(terms.objects(r, p));
        row(h, "Wikidata", external.stream().map(x -> link(x.getURI())).collect(Collectors.joining(", ")));
    }

    private String refs(List<Resource> resources) {
        return resources.stream().map(r -> terms.isNewskg(r)
                ? "<a href=\"#" + r.getLocalName() + "\">nkg:" + r.getLocalName() + "</a>"
                : esc(r.isURIResource() ? terms.shortName(r) : terms.label(r)))
                .collect(Collectors.joining(", "));
    }

    private static void row(StringBuilder h, String name, String valueHtml) {
        if (!valueHtml.isEmpty())
            h.append("<dt>").append(name).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    private static String code(String s) {
        return "<code>" + esc(s) + "</code>";
    }

    private static String link(String iri) {
        return "<a href=\"" + esc(iri) + "\">" + esc(iri) + "</a>";
    }

    private static String esc(String s) {
        return Html.escape(s);
    }
}
