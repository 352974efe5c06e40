package org.newskg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.newskg.map.Ontology;

/** What the ontology promises of every term: a label, a definition, a domain and a range; and a header. */
class OntologyFileTest {
    private static final String PREFIXES = """
            PREFIX nkg:  <https://w3id.org/newskg/ontology#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private final Model ontology = Ontology.model();

    @Test
    void headerHasTitleDescriptionVersionAndLicence() {
        Resource header = ontology.getResource(NKG.ONTOLOGY_IRI);
        assertTrue(header.hasProperty(DCTerms.title), "title");
        assertTrue(header.hasProperty(DCTerms.description), "description");
        assertTrue(header.hasProperty(OWL.versionIRI), "version IRI");
        assertTrue(header.hasProperty(DCTerms.license), "licence");
    }

    /** Each query lists the terms that break a rule; none may. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a term without an English label
        "SELECT ?term { ?term a ?kind . FILTER (?kind IN (owl:Class, owl:ObjectProperty, owl:DatatypeProperty, owl:NamedIndividual)) FILTER STRSTARTS(STR(?term), STR(nkg:)) FILTER NOT EXISTS { ?term rdfs:label ?l FILTER (LANG(?l) = 'en') } }",
        // a term without a definition
        "SELECT ?term { ?term a ?kind . FILTER (?kind IN (owl:Class, owl:ObjectProperty, owl:DatatypeProperty, owl:NamedIndividual)) FILTER STRSTARTS(STR(?term), STR(nkg:)) FILTER NOT EXISTS { ?term skos:definition ?d } }",
        // a property without a domain
        "SELECT ?term { ?term a ?kind . FILTER (?kind IN (owl:ObjectProperty, owl:DatatypeProperty)) FILTER STRSTARTS(STR(?term), STR(nkg:)) FILTER NOT EXISTS { ?term rdfs:domain ?d } }",
        // a property without a range
        "SELECT ?term { ?term a ?kind . FILTER (?kind IN (owl:ObjectProperty, owl:DatatypeProperty)) FILTER STRSTARTS(STR(?term), STR(nkg:)) FILTER NOT EXISTS { ?term rdfs:range ?r } }",
        // a term used as a class, property or value without being declared
        "SELECT DISTINCT ?term { { ?x rdfs:subClassOf|rdfs:domain|rdfs:range|owl:members/rdf:rest*/rdf:first ?term } UNION { ?x rdfs:subPropertyOf ?term } FILTER isIRI(?term) FILTER NOT EXISTS { ?term a ?kind FILTER (?kind IN (owl:Class, owl:ObjectProperty, owl:DatatypeProperty, rdfs:Datatype)) } FILTER (!STRSTARTS(STR(?term), 'http://www.w3.org/2001/XMLSchema#') && ?term != rdfs:Literal) }"
    })
    void noTermBreaksTheRule(String query) {
        List<String> offenders = new ArrayList<>();
        try (var exec = QueryExecutionFactory.create(PREFIXES + query, ontology)) {
            ResultSet rs = exec.execSelect();
            rs.forEachRemaining(row -> offenders.add(row.get("term").toString()));
        }
        assertEquals(List.of(), offenders);
    }
}
