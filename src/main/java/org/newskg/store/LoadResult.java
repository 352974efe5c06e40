package org.newskg.store;

/** What loading one article did. */
public record LoadResult(String articleId, Outcome outcome, long quads) {
    public enum Outcome {
        /** The article was new to the dataset. */
        ADDED,
        /** The article's graph replaced an earlier one. */
        REPLACED,
        /** The same input was loaded before; nothing was written. */
        UNCHANGED
    }
}
