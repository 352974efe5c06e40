package org.newskg.facts;

/** One thing wrong with a facts file: where (a JSON path such as {@code $.events[2].date}) and what. */
public record Problem(String jsonPath, String message) {
    @Override
    public String toString() {
        return jsonPath + ": " + message;
    }
}
