package org.newskg.facts;

/** The program (or curation) that produced the facts, recorded on every fact. */
public record Extractor(String name, String version) {
    /** Facts files without an extractor block were written by hand. */
    public static final Extractor CURATED = new Extractor("curated", "1");

    @Override
    public String toString() {
        return name + " " + version;
    }
}
