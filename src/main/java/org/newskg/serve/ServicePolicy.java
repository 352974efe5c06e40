package org.newskg.serve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Which SPARQL endpoints a query on the server may call with {@code SERVICE}: only those listed
 * in the configuration ({@code newskg:serviceAllowed}), named by a constant IRI, nested at most
 * {@code newskg:serviceNesting} deep.
 * <p>
 * Without it, anyone who can query can make the server fetch any URL it can reach (its own
 * endpoint, other services on loopback or the private network) and read the answer back in the
 * error message, or tie up all its threads with SERVICE calls to itself. An exact list, rather
 * than a list of forbidden addresses, leaves nothing to guess about host names, redirects or
 * address notations: an endpoint on loopback or the private network is reachable only when
 * written into the list as it is called.
 * <p>
 * The query is checked twice: as written, before it runs ({@link #check(Query)}), which gives
 * the client a reason; and at each call, in the service executor chain of the query's context
 * ({@link #guard()}), which also covers SERVICE blocks reached in ways the syntax walk does not
 * follow.
 */
public final class ServicePolicy {
    private final Set<String> allowed;
    private final int maxNesting;

    public ServicePolicy(List<String> allowed, int maxNesting) {
        this.allowed = new LinkedHashSet<>(allowed);
        this.maxNesting = maxNesting;
    }

    public static ServicePolicy of(ServerSettings settings) {
        return new ServicePolicy(settings.serviceAllowed(), settings.serviceNesting());
    }

    /** Refused: the query names an endpoint it may not call. The message says why and is safe to show. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Throws {@link Refused} if the query as written calls an endpoint it may not. */
    public void check(Query query) {
        if (query.getQueryPattern() != null)
            check(query.getQueryPattern());
    }

    /** The same check on a group graph pattern (a query's, or a SHACL constraint's). */
    public void check(Element pattern) {
        check(pattern, 0);
    }

    /**
     * Walks the pattern, counting SERVICE nesting from {@code outer}, into subqueries and into
     * EXISTS / NOT EXISTS of FILTER and BIND, which the element walker alone does not enter.
     */
    private void check(Element pattern, int outer) {
        int[] depth = { outer };
        ElementWalker.walk(pattern, new ElementVisitorBase(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                depth[0]++;
                if (depth[0] > maxNesting)
                    throw new Refused("SERVICE refused: nested " + depth[0] + " deep, the limit is " + maxNesting);
                checkEndpoint(el.getServiceNode());
            }

            @Override
            public void visit(ElementSubQuery el) {
                if (el.getQuery().getQueryPattern() != null)
                    check(el.getQuery().getQueryPattern(), depth[0]);
            }

            @Override
            public void visit(ElementFilter el) {
                checkPatternsIn(el.getExpr(), depth[0]);
            }

            @Override
            public void visit(ElementBind el) {
                checkPatternsIn(el.getExpr(), depth[0]);
            }
        }, new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                depth[0]--;
            }
        });
    }

    private void checkPatternsIn(Expr expr, int depth) {
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp op) {
                if (op.getElement() != null)
                    check(op.getElement(), depth);
            }
        });
    }

    private void checkEndpoint(Node service) {
        if (!service.isURI())
            throw new Refused("SERVICE refused: the endpoint must be a constant IRI, not " + service
                              + " (allowed: " + allowedForMessage() + ")");
        if (!allowed.contains(service.getURI()))
            throw new Refused("SERVICE refused: <" + service.getURI() + "> is not an allowed endpoint (allowed: "
                              + allowedForMessage() + ")");
    }

    private String allowedForMessage() {
        return allowed.isEmpty() ? "none" : String.join(" ", allowed.stream().map(s -> "<" + s + ">").toList());
    }

    /** A service executor link that refuses calls to endpoints not on the list, for the query's context. */
    public ChainingServiceExecutor guard() {
        return new ChainingServiceExecutor() {
            @Override
            public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                                 ExecutionContext execCxt, ServiceExecutor chain) {
                checkEndpoint(opExecute.getService());
                return chain.createExecution(opExecute, original, binding, execCxt);
            }
        };
    }

    /** The standard service executors behind {@link #guard()}. */
    public ServiceExecutorRegistry registry() {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.standardRegistry().copy();
        registry.addSingleLink(guard());
        return registry;
    }
}
