package org.newskg.serve;

import java.util.List;

import org.apache.jena.sparql.exec.RowSet;

/** {@link ResultRows} for tests of other packages. */
public final class ResultRowsAccess {
    private ResultRowsAccess() {}

    public static List<String> of(RowSet rows) {
        return ResultRows.of(rows);
    }
}
