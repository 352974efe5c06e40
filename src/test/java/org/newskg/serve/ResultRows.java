package org.newskg.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * A SELECT result as a sorted list of rows, for comparing with an expected result.
 * Rows are compared as a multiset (ties under ORDER BY may come in any order), and a list
 * built with GROUP_CONCAT (separator " | ") as a set, since SPARQL leaves its order open.
 */
final class ResultRows {
    static final String LIST_SEPARATOR = " | ";

    private ResultRows() {}

    static List<String> of(RowSet rows) {
        List<Var> vars = rows.getResultVars();
        List<String> out = new ArrayList<>();
        rows.forEachRemaining(b -> out.add(row(vars, b)));
        out.sort(null);
        return out;
    }

    private static String row(List<Var> vars, Binding b) {
        TreeMap<String, String> cells = new TreeMap<>();
        for (Var v : vars) {
            Node n = b.get(v);
            cells.put(v.getVarName(), n == null ? "" : cell(n));
        }
        return cells.toString();
    }

    private static String cell(Node n) {
        if (n.isLiteral() && n.getLiteralLexicalForm().contains(LIST_SEPARATOR)) {
            String[] parts = n.getLiteralLexicalForm().split(java.util.regex.Pattern.quote(LIST_SEPARATOR));
            Arrays.sort(parts);
            return "list" + Arrays.toString(parts);
        }
        return n.toString();
    }
}
