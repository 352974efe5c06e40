package org.newskg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Symbol;

/**
 * Fuseki's query operation with a cap on the size of an answer: a query without a
 * {@code LIMIT}, or with a larger one, is answered with at most {@code newskg:resultLimit}
 * solutions (set in {@code fuseki-config/config.ttl}), and the response says so in the
 * {@value #HEADER} header. With the query timeout, it keeps one client from holding the
 * server with an answer of millions of rows.
 */
public final class LimitedQuery extends SPARQL_QueryDataset {
    /** The context setting, as named in the configuration's {@code ja:context}. */
    public static final Symbol RESULT_LIMIT = Symbol.create("newskg:resultLimit");
    /** Response header naming the cap applied to this answer. */
    public static final String HEADER = "X-Newskg-Result-Limit";

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        long cap = limit(action);
        Query q = decided.getRight();
        if (cap <= 0 || q.isAskType() || (q.hasLimit() && q.getLimit() <= cap))
            return decided;
        Query capped = q.cloneQuery();
        capped.setLimit(cap);
        action.getResponse().setHeader(HEADER, Long.toString(cap));
        return Pair.create(decided.getLeft(), capped);
    }

    private static long limit(HttpAction action) {
        Object value = action.getContext() == null ? null : action.getContext().get(RESULT_LIMIT);
        if (value == null)
            return 0;
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
