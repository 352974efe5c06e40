package org.newskg.link;

/**
 * One link between a newskg entity and a Wikidata item, with what SSSOM records of it: how it
 * was found (a SEMAPV justification), how sure, by which tool, and whether it is negated
 * (a curator's "this is NOT that item").
 *
 * @param subject    the entity's IRI
 * @param label      the entity's label, for people reading the mappings
 * @param qid        the Wikidata item, e.g. Q148
 * @param objectLabel the item's label where known, or null
 */
public record Mapping(String subject, String label, String qid, String objectLabel, String justification,
                      double confidence, String tool, boolean negated) {

    public static final String LEXICAL = "semapv:LexicalMatching";
    public static final String MANUAL = "semapv:ManualMappingCuration";
    public static final String UNSPECIFIED = "semapv:UnspecifiedMatching";

    public String objectIri() {
        return org.newskg.vocab.Wikidata.entity(qid);
    }
}
