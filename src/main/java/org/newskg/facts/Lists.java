package org.newskg.facts;

import java.util.List;

/** Absent arrays in the JSON become empty lists, so the mapper never checks for null. */
final class Lists {
    private Lists() {}

    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
