package org.newskg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology as Protege sees it: loaded by the OWL API, checked against the OWL 2 DL
 * profile, and classified by HermiT.
 */
class OwlApiTest {
    private static OWLOntology ontology;
    private static OWLReasoner reasoner;
    private static OWLDataFactory df;

    @BeforeAll
    static void load() throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        ontology = manager.loadOntologyFromOntologyDocument(new File("ontology/newskg.ttl"));
        df = manager.getOWLDataFactory();
        reasoner = new ReasonerFactory().createReasoner(ontology);
    }

    @Test
    void loadsWithoutUnparsedTriples() {
        var format = ontology.getOWLOntologyManager().getOntologyFormat(ontology);
        assertTrue(format != null && format.getOntologyLoaderMetaData().isPresent());
        var meta = format.getOntologyLoaderMetaData().get();
        assertEquals(0, meta.getUnparsedTriples().count(), "every triple is read as an axiom or annotation");
        assertEquals(IRI.create(NKG.ONTOLOGY_IRI), ontology.getOntologyID().getOntologyIRI().orElseThrow());
        assertTrue(ontology.getOntologyID().getVersionIRI().isPresent(), "a version IRI");
    }

    @Test
    void isInTheOwl2DlProfile() {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        List<String> violations = report.getViolations().stream().map(OWLProfileViolation::toString).toList();
        assertEquals(List.of(), violations);
    }

    @Test
    void isConsistentWithNoUnsatisfiableClass() {
        assertTrue(reasoner.isConsistent());
        Set<OWLClass> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
        assertEquals(Set.of(), unsatisfiable.stream().map(c -> c.getIRI().toString()).collect(Collectors.toSet()));
    }

    @Test
    void theHierarchyCarriesMeaning() {
        assertSubClass("StateVisit", "Meeting");
        assertSubClass("Ceasefire", "Agreement");
        assertSubClass("Denial", "Response");
        assertSubClass("CounterClaim", "Allegation");
        assertSubClass("MilitaryParade", "Event");
        assertSubClass("State", "Actor");
    }

    @Test
    void disjointnessHolds() {
        assertFalse(reasoner.isSatisfiable(df.getOWLObjectIntersectionOf(cls("State"), cls("Person"))), "a state is not a person");
        assertFalse(reasoner.isSatisfiable(df.getOWLObjectIntersectionOf(cls("Event"), cls("Agreement"))), "an event is not an agreement");
        assertFalse(reasoner.isSatisfiable(df.getOWLObjectIntersectionOf(cls("Actor"), cls("Place"))), "an actor is not a place");
    }

    @Test
    void theRdfXmlRenditionMadeByTheBuildHoldsTheSameAxioms() throws Exception {
        java.nio.file.Path built = java.nio.file.Path.of("target", "classes", "ontology", "newskg.owl");
        assertTrue(java.nio.file.Files.isRegularFile(built), "the build writes " + built);
        OWLOntology rdfXml = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(built.toFile());
        assertEquals(ontology.getOntologyID(), rdfXml.getOntologyID());
        assertEquals(ontology.getAxioms(), rdfXml.getAxioms());
        assertEquals(ontology.getAnnotations(), rdfXml.getAnnotations());
    }

    private static void assertSubClass(String sub, String sup) {
        assertTrue(reasoner.getSuperClasses(cls(sub), false).containsEntity(cls(sup)), sub + " is a " + sup);
    }

    private static OWLClass cls(String local) {
        return df.getOWLClass(IRI.create(NKG.NS + local));
    }
}
