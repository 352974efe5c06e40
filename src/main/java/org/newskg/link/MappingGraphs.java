package org.newskg.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.map.IriScheme;

/**
 * Where links live in the dataset, each with its SSSOM record (a {@code sssom:Mapping} node):
 * <ul>
 * <li>{@code graph/links}: links made by {@code link} (gazetteer or Wikidata), with the
 *     {@code skos:exactMatch} triple;</li>
 * <li>{@code graph/links-curated}: links a curator reviewed (imported SSSOM), positive ones with
 *     their {@code skos:exactMatch} triple; they override the automatic ones;</li>
 * <li>{@code graph/link-suggestions}: candidates below the threshold, for review; no triple.</li>
 * </ul>
 * Links stated by facts files stay in the entities graph where the mapper put them.
 */
public final class MappingGraphs {
    public static final String SSSOM = "https://w3id.org/sssom/";
    public static final String SEMAPV = "https://w3id.org/semapv/vocab/";

    private static final Node MAPPING = uri(SSSOM + "Mapping");
    private static final Node SUBJECT = uri(SSSOM + "subject_id");
    private static final Node SUBJECT_LABEL = uri(SSSOM + "subject_label");
    private static final Node PREDICATE = uri(SSSOM + "predicate_id");
    private static final Node MODIFIER = uri(SSSOM + "predicate_modifier");
    private static final Node NOT = uri(SSSOM + "Not");
    private static final Node OBJECT = uri(SSSOM + "object_id");
    private static final Node OBJECT_LABEL = uri(SSSOM + "object_label");
    private static final Node JUSTIFICATION = uri(SSSOM + "mapping_justification");
    private static final Node CONFIDENCE = uri(SSSOM + "confidence");
    private static final Node TOOL = uri(SSSOM + "mapping_tool");

    private final IriScheme iris;

    public MappingGraphs(IriScheme iris) {
        this.iris = iris;
    }

    public Node automatic() {
        return uri(iris.base() + "graph/links");
    }

    public Node curated() {
        return uri(iris.base() + "graph/links-curated");
    }

    public Node suggestions() {
        return uri(iris.base() + "graph/link-suggestions");
    }

    /** Adds a mapping (and, unless negated or a suggestion, its exactMatch triple) to a graph; in a write transaction. */
    public void add(DatasetGraph dsg, Node graphName, Mapping m) {
        Graph g = dsg.getGraph(graphName);
        Node subject = uri(m.subject());
        Node object = uri(m.objectIri());
        Node node = uri(iris.base() + "mapping/" + hash(graphName.getURI() + " " + m.subject() + " " + m.qid()));
        g.add(Triple.create(node, RDF.type.asNode(), MAPPING));
        g.add(Triple.create(node, SUBJECT, subject));
        if (m.label() != null)
            g.add(Triple.create(node, SUBJECT_LABEL, NodeFactory.createLiteralString(m.label())));
        g.add(Triple.create(node, PREDICATE, SKOS.exactMatch.asNode()));
        g.add(Triple.create(node, OBJECT, object));
        if (m.objectLabel() != null)
            g.add(Triple.create(node, OBJECT_LABEL, NodeFactory.createLiteralString(m.objectLabel())));
        g.add(Triple.create(node, JUSTIFICATION, uri(SEMAPV + m.justification().substring("semapv:".length()))));
        if (!Double.isNaN(m.confidence()))
            g.add(Triple.create(node, CONFIDENCE, NodeFactory.createLiteralDT(Double.toString(m.confidence()), XSDDatatype.XSDdouble)));
        if (m.tool() != null)
            g.add(Triple.create(node, TOOL, NodeFactory.createLiteralString(m.tool())));
        if (m.negated())
            g.add(Triple.create(node, MODIFIER, NOT));
        else if (!graphName.equals(suggestions()))
            g.add(Triple.create(subject, SKOS.exactMatch.asNode(), object));
    }

    /** Removes every mapping of {@code subject} (and its exactMatch triples) from a graph; in a write transaction. */
    public void removeSubject(DatasetGraph dsg, Node graphName, String subject) {
        Graph g = dsg.getGraph(graphName);
        Node s = uri(subject);
        for (Triple t : g.find(Node.ANY, SUBJECT, s).toList())
            g.remove(t.getSubject(), Node.ANY, Node.ANY);
        g.remove(s, SKOS.exactMatch.asNode(), Node.ANY);
    }

    /** The subjects a graph has mappings for. */
    public List<String> subjects(DatasetGraph dsg, Node graphName) {
        List<String> out = new ArrayList<>();
        dsg.getGraph(graphName).find(Node.ANY, SUBJECT, Node.ANY).forEachRemaining(t -> out.add(t.getObject().getURI()));
        return out;
    }

    /** The mappings of a graph; in a read transaction. */
    public List<Mapping> read(DatasetGraph dsg, Node graphName) {
        Graph g = dsg.getGraph(graphName);
        List<Mapping> out = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), MAPPING).toList()) {
            Node n = t.getSubject();
            String object = one(g, n, OBJECT);
            String justification = one(g, n, JUSTIFICATION);
            String confidence = one(g, n, CONFIDENCE);
            out.add(new Mapping(one(g, n, SUBJECT), one(g, n, SUBJECT_LABEL),
                    object.substring(org.newskg.vocab.Wikidata.ENTITY_NS.length()), one(g, n, OBJECT_LABEL),
                    "semapv:" + justification.substring(SEMAPV.length()),
                    confidence == null ? Double.NaN : Double.parseDouble(confidence), one(g, n, TOOL),
                    g.contains(n, MODIFIER, NOT)));
        }
        return out;
    }

    private static String one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        if (!it.hasNext())
            return null;
        Node o = it.next().getObject();
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
