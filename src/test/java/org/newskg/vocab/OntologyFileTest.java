package org.newskg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.newskg.ontology.Ontology;

/** The ontology's header, and the checks of ontology/checks (labels, definitions, domains, ranges, naming...). */
class OntologyFileTest {
    private final Model ontology = Ontology.model();

    @Test
    void headerHasTitleDescriptionVersionAndLicence() {
        Resource header = ontology.getResource(NKG.ONTOLOGY_IRI);
        assertTrue(header.hasProperty(DCTerms.title), "title");
        assertTrue(header.hasProperty(DCTerms.description), "description");
        assertTrue(header.hasProperty(OWL.versionIRI), "version IRI");
        assertTrue(header.hasProperty(DCTerms.license), "licence");
    }

    /** Each check in ontology/checks lists what breaks its rule, in the manner of ROBOT's report queries; none may list anything. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void ontologyPassesTheCheck(Path check) throws IOException {
        List<String> offenders = new ArrayList<>();
        try (var exec = QueryExecutionFactory.create(Files.readString(check), ontology)) {
            exec.execSelect().forEachRemaining(row -> offenders.add(row.toString()));
        }
        assertEquals(List.of(), offenders, check + " found problems");
    }

    static Stream<Path> checks() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("ontology", "checks"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            assertTrue(list.size() >= 8, "the checks are there");
            return list.stream();
        }
    }
}
