package org.newskg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shapes posted to the SHACL endpoint are queries too when they hold SHACL-SPARQL
 * ({@code sh:select}, {@code sh:ask}): each such query is held to the query endpoint's rules
 * before validation starts, and refused with 400 when it breaks one.
 * <ul>
 * <li>SERVICE as {@link ServicePolicy} allows it (a {@code sh:sparql} constraint with SERVICE
 * made the server fetch any URL);</li>
 * <li>at most {@code newskg:maxQueryChars} characters;</li>
 * <li>no string-building functions (CONCAT, REPLACE, GROUP_CONCAT, ...): jena-shacl runs the
 * queries itself, outside the query endpoint's string bounds.</li>
 * </ul>
 * newskg's own shapes (ontology/shapes.ttl) pass.
 */
final class ShaclSparqlCheck extends HttpFilter {
    /** The SHACL-SPARQL properties whose objects are query text. */
    private static final List<Node> QUERY_TEXT = List.of(SHACL.select, SHACL.ask, SHACL.construct);

    private final ServicePolicy services;
    private final long maxBytes;
    private final int maxQueryChars;

    ShaclSparqlCheck(ServerSettings settings) {
        this.services = ServicePolicy.of(settings);
        this.maxBytes = settings.maxRequestBytes();
        this.maxQueryChars = settings.maxQueryChars();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equalsIgnoreCase(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            Refusal.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The shapes are larger than " + maxBytes + " bytes");
            return;
        }
        Lang lang = request.getContentType() == null ? null : RDFLanguages.contentTypeToLang(request.getContentType());
        Graph shapes = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(body)).lang(lang == null ? Lang.TURTLE : lang).parse(shapes);
        } catch (RiotException e) {
            Refusal.send(response, HttpServletResponse.SC_BAD_REQUEST, "The shapes do not parse: " + e.getMessage());
            return;
        }
        String refusal = refusal(shapes);
        if (refusal != null) {
            Refusal.send(response, HttpServletResponse.SC_BAD_REQUEST, refusal);
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    /** Why the shapes' SPARQL is refused, or null when it passes. */
    private String refusal(Graph shapes) {
        PrefixMapping prefixes = declaredPrefixes(shapes);
        for (Node p : QUERY_TEXT)
            for (Triple t : shapes.find(Node.ANY, p, Node.ANY).toList()) {
                if (!t.getObject().isLiteral())
                    return "SHACL-SPARQL: sh:" + p.getLocalName() + " must be a string";
                String text = t.getObject().getLiteralLexicalForm();
                if (text.length() > maxQueryChars)
                    return "SHACL-SPARQL: a query of " + text.length() + " characters; the limit is " + maxQueryChars;
                Query query = new Query();
                query.setPrefixMapping(prefixes);
                try {
                    QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
                } catch (QueryException e) {
                    return "SHACL-SPARQL: a query does not parse: " + e.getMessage();
                }
                try {
                    services.check(query);
                } catch (ServicePolicy.Refused e) {
                    return "SHACL-SPARQL: " + e.getMessage();
                }
                if (BoundedStrings.buildsStrings(query))
                    return "SHACL-SPARQL: string-building functions (CONCAT, REPLACE, GROUP_CONCAT, ...) are not accepted "
                           + "in shapes posted here; run such shapes locally with newskg validate";
            }
        return null;
    }

    /** Every sh:declare of the shapes, wherever it is: enough to parse their queries. */
    private static PrefixMapping declaredPrefixes(Graph shapes) {
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        for (Triple d : shapes.find(Node.ANY, SHACL.declare, Node.ANY).toList()) {
            Node decl = d.getObject();
            List<Triple> prefix = shapes.find(decl, SHACL.prefix, Node.ANY).toList();
            List<Triple> namespace = shapes.find(decl, SHACL.namespace, Node.ANY).toList();
            if (prefix.size() == 1 && namespace.size() == 1 && prefix.get(0).getObject().isLiteral())
                prefixes.setNsPrefix(prefix.get(0).getObject().getLiteralLexicalForm(),
                                     namespace.get(0).getObject().isURI() ? namespace.get(0).getObject().getURI()
                                                                           : namespace.get(0).getObject().getLiteralLexicalForm());
        }
        return prefixes;
    }
}
