package org.newskg.extract;

import java.util.List;

/** One line of a rule table: a token pattern and the columns after it. */
public record Rule(String table, int line, TokenPattern pattern, List<String> columns) {
    /** Column {@code i} after the pattern, or {@code fallback} when absent or empty. */
    public String column(int i, String fallback) {
        return i < columns.size() && !columns.get(i).isBlank() ? columns.get(i).trim() : fallback;
    }

    public double confidence(int i, double fallback) {
        String c = column(i, null);
        return c == null ? fallback : Double.parseDouble(c);
    }

    @Override
    public String toString() {
        return table + ":" + line + " " + pattern;
    }
}
