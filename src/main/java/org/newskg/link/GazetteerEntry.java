package org.newskg.link;

import java.util.List;

/**
 * A state, organization or capital known offline: its canonical name, entity type (the
 * ontology's local name) and Wikidata QID, and the names it goes by.
 */
public record GazetteerEntry(String name, String type, String qid, List<String> names) {}
