package org.newskg.serve;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A query whose string-building functions stop at a length: CONCAT, REPLACE, ENCODE_FOR_URI,
 * extension functions (fn:concat, fn:string-join, ...) and GROUP_CONCAT.
 * <p>
 * Jena builds these strings without a bound, and a query of a few hundred bytes can double a
 * string 30 times ({@code BIND(CONCAT(?x, ?x) AS ?y)} chained) or concatenate a cartesian
 * product: gigabytes of heap before the timeout is looked at. SPARQL's built-in functions are
 * not in the function registry, so they cannot be replaced there; instead the parsed query is
 * rewritten so that each such call checks the string it produced (at most one step past the
 * bound is ever built) and GROUP_CONCAT counts as it goes. Going past the bound ends the query
 * with {@link TooLong}, which a BIND or FILTER does not swallow.
 */
final class BoundedStrings {
    private BoundedStrings() {}

    /**
     * Ends the query: a string would pass the bound. The message is safe to show. An Error, not
     * an exception: FILTER evaluation catches every exception of its expression, logs it and
     * drops the row, and the query would go on building strings.
     */
    static final class TooLong extends Error {
        TooLong(int max) {
            super("the query builds a string longer than " + max + " characters (the server's limit)", null, false, false);
        }
    }

    /** A copy of {@code query} whose string-building calls check the length of what they build. */
    static Query apply(Query query, int maxChars) {
        if (maxChars <= 0)
            return query;
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                Expr copied = super.transform(func, args);
                return builds(func) ? new Checked(copied, maxChars) : copied;
            }

            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                Expr copied = super.transform(func, arg);
                return builds(func) ? new Checked(copied, maxChars) : copied;
            }

            @Override
            public Expr transform(ExprAggregator eAgg) {
                Aggregator agg = eAgg.getAggregator();
                if (agg instanceof AggGroupConcat g)
                    return new ExprAggregator(eAgg.getVar(), new CountedGroupConcat(g.getExprList(), g.getSeparator(), false, maxChars));
                if (agg instanceof AggGroupConcatDistinct g)
                    return new ExprAggregator(eAgg.getVar(), new CountedGroupConcat(g.getExprList(), g.getSeparator(), true, maxChars));
                return super.transform(eAgg);
            }
        });
    }

    /** Whether the query calls a function that can build a long string (those {@link #apply} bounds). */
    static boolean buildsStrings(Query query) {
        boolean[] found = { false };
        QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                found[0] |= builds(func);
                return super.transform(func, args);
            }

            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                found[0] |= builds(func);
                return super.transform(func, arg);
            }

            @Override
            public Expr transform(ExprAggregator eAgg) {
                found[0] |= eAgg.getAggregator() instanceof AggGroupConcat || eAgg.getAggregator() instanceof AggGroupConcatDistinct;
                return super.transform(eAgg);
            }
        });
        return found[0];
    }

    private static boolean builds(Expr func) {
        return func instanceof E_StrConcat || func instanceof E_StrReplace || func instanceof E_Function
               || func instanceof E_StrEncodeForURI;
    }

    /** The value of an expression, refused when it is a string past the bound. */
    static final class Checked extends ExprFunction1 {
        private final int max;

        Checked(Expr expr, int max) {
            super(expr, "newskg:checkedLength");
            this.max = max;
        }

        @Override
        public NodeValue eval(NodeValue v) {
            if (v.isLiteral() && v.asNode().getLiteralLexicalForm().length() > max)
                throw new TooLong(max);
            return v;
        }

        @Override
        public Expr copy(Expr expr) {
            return new Checked(expr, max);
        }
    }

    /** GROUP_CONCAT that counts the characters it gathers (each distinct value once, for DISTINCT). */
    static final class CountedGroupConcat extends AggGroupConcat {
        private final boolean distinct;
        private final int max;

        CountedGroupConcat(ExprList exprs, String separator, boolean distinct, int max) {
            super(exprs.get(0), separator);
            this.distinct = distinct;
            this.max = max;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new CountedGroupConcat(exprs, getSeparator(), distinct, max);
        }

        @Override
        public Accumulator createAccumulator() {
            Accumulator inner = distinct ? new AggGroupConcatDistinct(getExpr(), getSeparator()).createAccumulator()
                                         : super.createAccumulator();
            String separator = getSeparator() == null ? " " : getSeparator();
            Expr expr = getExpr();
            Set<String> seen = new HashSet<>();
            return new Accumulator() {
                private long chars;

                @Override
                public void accumulate(Binding binding, FunctionEnv env) {
                    try {
                        NodeValue v = expr.eval(binding, env);
                        if (v.isLiteral()) {
                            String s = v.asNode().getLiteralLexicalForm();
                            if (!distinct || seen.add(s))
                                chars += s.length() + separator.length();
                            if (chars > max)
                                throw new TooLong(max);
                        }
                    } catch (ExprEvalException notCounted) {
                        // an unbound or failing value adds nothing to the string
                    }
                    inner.accumulate(binding, env);
                }

                @Override
                public NodeValue getValue() {
                    return inner.getValue();
                }
            };
        }
    }
}
