package org.newskg.vocab;

/** IRIs of Wikidata items, the form linked-data tools expect ({@code http://www.wikidata.org/entity/Q148}). */
public final class Wikidata {
    private Wikidata() {}

    public static final String ENTITY_NS = "http://www.wikidata.org/entity/";

    /** The entity IRI of a QID such as {@code Q148}. */
    public static String entity(String qid) {
        return ENTITY_NS + qid;
    }
}
