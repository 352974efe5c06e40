package org.newskg.query;

import java.util.Locale;

/** How {@code query} prints a SELECT or ASK result. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, XML;

    public static ResultFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown result format '" + name + "'; choose table, csv, tsv, json or xml");
        }
    }
}
