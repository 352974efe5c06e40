package org.newskg.link;

import java.util.List;
import java.util.Set;

/**
 * An entity of the graph without a Wikidata link, with what helps to find one: its names, its
 * type (the ontology's local name), and for a person the QIDs of the states whose offices the
 * news says they hold, and the date of the article that says so.
 */
public record EntityToLink(String iri, String type, String label, List<String> names, Set<String> officeOf, String date) {}
