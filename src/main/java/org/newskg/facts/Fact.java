package org.newskg.facts;

import java.util.List;

/** What every fact of an article carries: a local id, its evidence, and optional extras. */
public interface Fact {
    /** Identifier, unique within the facts file. */
    String id();

    /** The spans of text that state the fact, the most telling first; never empty. */
    List<Span> evidence();

    /** How sure the producer is, 0..1; null for curated facts. */
    Double confidence();

    /** A short human-readable label; null to let the mapper leave it out. */
    String label();

    /** How the text characterizes the fact, in its words. */
    List<String> characterizations();
}
