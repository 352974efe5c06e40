package org.newskg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's query operation with the server's limits:
 * <ul>
 * <li>a cap on the size of an answer: a query without a {@code LIMIT}, or with a larger one, is
 * answered with at most {@code newskg:resultLimit} solutions (set in
 * {@code fuseki-config/config.ttl}), and the response says so in the {@value #HEADER} header;</li>
 * <li>query text longer than {@code newskg:maxQueryChars} is refused (413) before parsing: the
 * parser cannot be interrupted, and a 10 MB query held a core for minutes;</li>
 * <li>SERVICE only to the endpoints the {@link ServicePolicy} allows (400 otherwise);</li>
 * <li>strings built by the query bounded by {@code newskg:maxStringChars} ({@link BoundedStrings}).</li>
 * </ul>
 * With the query timeout, they keep one client from holding the server.
 */
public final class LimitedQuery extends SPARQL_QueryDataset {
    /** The context setting, as named in the configuration's {@code ja:context}. */
    public static final Symbol RESULT_LIMIT = Symbol.create("newskg:resultLimit");
    /** Response header naming the cap applied to this answer. */
    public static final String HEADER = "X-Newskg-Result-Limit";

    private final ServicePolicy services;
    private final ServiceExecutorRegistry guardedServices;
    private final int maxQueryChars;
    private final int maxStringChars;

    public LimitedQuery(ServerSettings settings) {
        this.services = ServicePolicy.of(settings);
        this.guardedServices = services.registry();
        this.maxQueryChars = settings.maxQueryChars();
        this.maxStringChars = settings.maxStringChars();
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString != null && maxQueryChars > 0 && queryString.length() > maxQueryChars)
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413,
                             "The query is " + queryString.length() + " characters long; the limit is " + maxQueryChars);
        try {
            super.execute(queryString, action);
        } catch (RuntimeException | BoundedStrings.TooLong e) {
            String refusal = refusal(e);
            if (refusal == null)
                throw e;
            action.log.info(String.format("[%d] refused: %s", action.id, refusal));
            ServletOps.errorBadRequest(refusal);
        }
    }

    /** The message of a refusal of ours in the cause chain, or null when the error is another. */
    private static String refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof ServicePolicy.Refused || t instanceof BoundedStrings.TooLong)
                return t.getMessage();
        return null;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        services.check(query);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight() == null ? query : decided.getRight();
        long cap = limit(action);
        if (cap > 0 && !q.isAskType() && !(q.hasLimit() && q.getLimit() <= cap)) {
            q = q.cloneQuery();
            q.setLimit(cap);
            action.getResponse().setHeader(HEADER, Long.toString(cap));
        }
        return Pair.create(decided.getLeft(), BoundedStrings.apply(q, maxStringChars));
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        // checked again at each call: SERVICE inside EXISTS or a subquery is reached here too
        ServiceExecutorRegistry.set(exec.getContext(), guardedServices);
        return exec;
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
