package org.newskg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newskg.ontology.Ontology;

/** The vocabulary class and the ontology file name the same terms, of the same kinds. */
class NKGTest {
    private final Model ontology = Ontology.model();

    @Test
    void everyOntologyTermHasAConstantAndEveryConstantATerm() {
        assertEquals(declared(OWL.Class), constants(Resource.class, false), "classes");
        Set<String> properties = declared(OWL.ObjectProperty);
        properties.addAll(declared(OWL.DatatypeProperty));
        assertEquals(properties, constants(Property.class, true), "properties");
        assertEquals(declared(OWL.NamedIndividual), constantsOfIndividuals(), "individuals");
    }

    @Test
    void namespaceIsTheOntologyIriWithAHash() {
        assertEquals(NKG.ONTOLOGY_IRI + "#", NKG.NS);
        assertTrue(ontology.contains(ontology.createResource(NKG.ONTOLOGY_IRI), RDF.type, OWL.Ontology));
    }

    private Set<String> declared(Resource kind) {
        Set<String> iris = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDF.type, kind).forEach(r -> {
            if (r.isURIResource() && r.getURI().startsWith(NKG.NS))
                iris.add(r.getURI());
        });
        return iris;
    }

    private Set<String> constants(Class<?> type, boolean properties) {
        Set<String> iris = new TreeSet<>();
        for (Field f : NKG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !type.isAssignableFrom(f.getType()))
                continue;
            if (!properties && f.getType() != Resource.class)
                continue;
            String iri = ((RDFNode) get(f)).asResource().getURI();
            if (properties || !isIndividual(iri))
                iris.add(iri);
        }
        return iris;
    }

    private Set<String> constantsOfIndividuals() {
        Set<String> iris = new TreeSet<>();
        for (Field f : NKG.class.getFields())
            if (f.getType() == Resource.class && isIndividual(((Resource) get(f)).getURI()))
                iris.add(((Resource) get(f)).getURI());
        return iris;
    }

    private boolean isIndividual(String iri) {
        return ontology.contains(ontology.createResource(iri), RDF.type, OWL.NamedIndividual);
    }

    private static Object get(Field f) {
        try {
            return f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
