package org.newskg.link;

/** A Wikidata item that may be the entity, with a score from 0 to 1 and why. */
public record Candidate(String qid, String label, double score, String reason) {}
