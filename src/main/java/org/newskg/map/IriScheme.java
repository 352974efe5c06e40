package org.newskg.map;

import java.text.Normalizer;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.facts.Entity;

/**
 * How newskg names things. IRIs are derived only from stable content, never from counters or
 * load order, so mapping an article twice gives the same IRIs and the same state or person
 * named in two articles is one node:
 * <ul>
 * <li>an entity with a Wikidata QID: {@code id/Q148}; without: {@code id/person/xi-jinping}
 *     (type and name, slugged);</li>
 * <li>a position: {@code id/position/Q148/head-of-state} (holder state and office kind);</li>
 * <li>an article: {@code article/ID}, its facts {@code article/ID/FACT}, its text spans
 *     {@code article/ID#char=B,E} (RFC 5147, as NIF does);</li>
 * <li>graphs: {@code graph/article/ID} per article, {@code graph/entities}, {@code graph/ontology}.</li>
 * </ul>
 */
public final class IriScheme {
    /** The default base, under which the ontology lives too. */
    public static final String DEFAULT_BASE = "https://w3id.org/newskg/";

    private final String base;

    public IriScheme(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static IriScheme standard() {
        return new IriScheme(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public Node entitiesGraph() {
        return iri("graph/entities");
    }

    public Node ontologyGraph() {
        return iri("graph/ontology");
    }

    public Node articleGraph(String articleId) {
        return iri("graph/article/" + articleId);
    }

    public Node article(String articleId) {
        return iri("article/" + articleId);
    }

    public Node fact(String articleId, String factId) {
        return iri("article/" + articleId + "/" + factId);
    }

    /** A stretch of the article's text, offsets in code points. */
    public Node span(String articleId, int start, int end) {
        return iri("article/" + articleId + "#char=" + start + "," + end);
    }

    public Node entity(Entity entity) {
        if (entity.wikidata() != null)
            return iri("id/" + entity.wikidata());
        return iri("id/" + typeSegment(entity.type()) + "/" + slug(entity.name()));
    }

    /**
     * A position of a state or organization. Offices a state has once (head of state, foreign
     * minister, ...) are keyed by kind alone, so "President" and "head of state" meet; the rest
     * by their title too.
     */
    public Node position(Node holderIri, String officeKind, String title) {
        String key = localKey(holderIri) + "/" + slug(officeKind);
        if (!OfficeKinds.isUnique(officeKind) && title != null)
            key += "/" + slug(title);
        return iri("id/position/" + key);
    }

    private String localKey(Node iri) {
        String s = iri.getURI();
        return s.startsWith(base + "id/") ? s.substring(base.length() + 3) : slug(s);
    }

    private static String typeSegment(String type) {
        return switch (type) {
            case "State" -> "state";
            case "InternationalOrganization" -> "organization";
            case "StateGroup" -> "state-group";
            case "StateBody" -> "state-body";
            case "Person" -> "person";
            case "PersonGroup" -> "person-group";
            case "NonStateGroup" -> "group";
            case "NewsOrganization" -> "news-organization";
            case "Place" -> "place";
            default -> throw new IllegalArgumentException("unknown entity type " + type);
        };
    }

    /** Lower case ASCII letters, digits and hyphens: "Côte d'Ivoire" becomes "cote-d-ivoire". */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        // camelCase office kinds (HeadOfState) read as words
        ascii = ascii.replaceAll("([a-z])([A-Z])", "$1-$2");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" + Integer.toHexString(text.hashCode()) : slug;
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }
}
