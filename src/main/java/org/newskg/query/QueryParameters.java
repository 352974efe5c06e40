package org.newskg.query;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Values bound into a parsed query, never spliced into its text, so that no value can change
 * what the query does.
 * <p>
 * A query in {@code queries/} declares a parameter with its default in a {@code VALUES}
 * block ({@code VALUES ?name { "Russia" }}), which keeps the file runnable as it is from any
 * SPARQL client; a value given here replaces the rows of that block. A variable bound by no
 * {@code VALUES} block is substituted in the syntax tree instead.
 */
public final class QueryParameters {
    private final Map<Var, Node> values = new LinkedHashMap<>();

    /** Parses {@code name=value}: a value in angle brackets or starting http(s):// is an IRI, anything else a string. */
    public QueryParameters add(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0)
            throw new IllegalArgumentException("a parameter is name=value, got '" + assignment + "'");
        String name = assignment.substring(0, eq).replaceFirst("^[?$]", "");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*"))
            throw new IllegalArgumentException("'" + name + "' is not a SPARQL variable name");
        return add(name, node(assignment.substring(eq + 1)));
    }

    public QueryParameters add(String name, Node value) {
        values.put(Var.alloc(name), value);
        return this;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    static Node node(String value) {
        String iri = null;
        if (value.startsWith("<") && value.endsWith(">"))
            iri = value.substring(1, value.length() - 1);
        else if (value.startsWith("http://") || value.startsWith("https://"))
            iri = value;
        if (iri == null)
            return NodeFactory.createLiteralString(value);
        try {
            IRIx checked = IRIx.create(iri);
            if (!checked.isReference())
                throw new IllegalArgumentException("not an absolute IRI: " + iri);
            return NodeFactory.createURI(checked.str());
        } catch (IRIException e) {
            throw new IllegalArgumentException("not a valid IRI: " + iri + " (" + e.getMessage() + ")");
        }
    }

    /** A copy of {@code query} with the values bound. */
    public Query bind(Query query) {
        if (values.isEmpty())
            return query;
        Set<Var> bound = new HashSet<>();
        Query q = QueryTransformOps.transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData data) {
                return data.getVars().stream().anyMatch(values::containsKey) ? replaceRows(data.getVars(), bound) : data;
            }
        });
        if (q.hasValues() && q.getValuesVariables().stream().anyMatch(values::containsKey)) {
            ElementData rows = replaceRows(q.getValuesVariables(), bound);
            q.setValuesDataBlock(rows.getVars(), rows.getRows());
        }
        Map<Var, Node> rest = new LinkedHashMap<>(values);
        rest.keySet().removeAll(bound);
        if (!rest.isEmpty()) {
            for (Var v : rest.keySet())
                if (!mentions(q, v))
                    throw new IllegalArgumentException("the query has no variable ?" + v.getVarName());
            q = QueryTransformOps.replaceVars(q, rest);
        }
        return q;
    }

    /** A VALUES block with one row: the given values for its variables, the others undefined. */
    private ElementData replaceRows(List<Var> vars, Set<Var> bound) {
        BindingBuilder row = Binding.builder();
        for (Var v : vars) {
            Node value = values.get(v);
            if (value != null) {
                row.add(v, value);
                bound.add(v);
            }
        }
        return new ElementData(vars, List.of(row.build()));
    }

    private static boolean mentions(Query q, Var v) {
        return q.toString().matches("(?s).*[?$]" + v.getVarName() + "\\b.*");
    }
}
