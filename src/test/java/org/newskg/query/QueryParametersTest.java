package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

class QueryParametersTest {
    private static final String INLINE = "SELECT ?s WHERE { VALUES ?name { \"Russia\" } ?s <urn:label> ?name }";
    private static final String TRAILING = "SELECT ?s WHERE { ?s <urn:label> ?name } VALUES ?name { \"Russia\" }";

    @Test
    void replacesTheDefaultInAnInlineValuesBlock() {
        Query q = new QueryParameters().add("name=China").bind(QueryFactory.create(INLINE));
        assertTrue(q.toString().contains("\"China\""), q.toString());
        assertTrue(!q.toString().contains("\"Russia\""), q.toString());
    }

    @Test
    void replacesTheDefaultInATrailingValuesBlock() {
        Query q = new QueryParameters().add("name=China").bind(QueryFactory.create(TRAILING));
        assertEquals("China", q.getValuesData().get(0).get(Var.alloc("name")).getLiteralLexicalForm());
    }

    @Test
    void aValueCannotChangeTheQuery() {
        String injection = "x\" } ; DROP ALL ; SELECT * { \"";
        Query q = new QueryParameters().add("name=" + injection).bind(QueryFactory.create(INLINE));
        // still one query, with the whole value as one literal
        Query reparsed = QueryFactory.create(q.toString());
        assertTrue(reparsed.isSelectType());
        assertTrue(q.toString().contains("DROP ALL"), "kept as text inside the literal");
        assertEquals(q, reparsed);
    }

    @Test
    void iriValuesAreCheckedAndUnknownVariablesRefused() {
        Query q = new QueryParameters().add("s=<https://w3id.org/newskg/id/Q159>").bind(QueryFactory.create("SELECT * { ?s ?p ?o }"));
        assertTrue(q.toString().contains("<https://w3id.org/newskg/id/Q159>"), q.toString());
        assertThrows(IllegalArgumentException.class, () -> new QueryParameters().add("s=<not an iri>"));
        assertThrows(IllegalArgumentException.class,
                     () -> new QueryParameters().add("nope=1").bind(QueryFactory.create("SELECT * { ?s ?p ?o }")));
        assertThrows(IllegalArgumentException.class, () -> new QueryParameters().add("bad name=1"));
    }
}
