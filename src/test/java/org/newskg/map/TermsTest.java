package org.newskg.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.ontology.Ontology;
import org.newskg.vocab.NKG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The names in the facts format's JSON Schema are the ontology's local names (types, roles)
 * or map to them by a fixed rule (domains, statuses, offices): a name the ontology lacks
 * would produce IRIs of nothing.
 */
class TermsTest {
    private final Model ontology = Ontology.model();
    private final JsonNode defs;

    TermsTest() throws IOException {
        defs = new ObjectMapper().readTree(Path.of("schema", "facts-1.0.schema.json").toFile()).get("$defs");
    }

    @Test
    void typesAreOntologyClasses() {
        for (String def : List.of("entity", "event", "agreement", "statement"))
            for (String type : enumOf(def, "type"))
                assertDeclared(NKG.NS + type, OWL.Class, def + ".type");
    }

    @Test
    void rolesAreSubPropertiesOfParticipant() {
        for (String role : enumOf("participant", "role")) {
            Resource p = ontology.getResource(NKG.NS + role);
            assertTrue(p.equals(NKG.participant) || reaches(p, NKG.participant), role + " is not a participant role");
        }
    }

    @Test
    void domainsAndStatusesAreIndividuals() {
        for (String d : enumItems("agreement", "domains"))
            assertDeclared(NKG.NS + Character.toUpperCase(d.charAt(0)) + d.substring(1) + "Domain", OWL.NamedIndividual, "domain " + d);
        for (String s : enumOf("allegation", "status"))
            assertDeclared(NKG.NS + Character.toUpperCase(s.charAt(0)) + s.substring(1), OWL.NamedIndividual, "status " + s);
    }

    @Test
    void officeKindsArePositionClasses() {
        for (String office : enumOf("tenure", "office")) {
            Resource c = OfficeKinds.positionClass(office);
            assertTrue(c.equals(NKG.Position) || reaches(ontology.getResource(c.getURI()), NKG.Position), office);
        }
    }

    private boolean reaches(Resource term, Resource ancestor) {
        for (var s : term.listProperties(term.hasProperty(RDF.type, OWL.Class) ? RDFS.subClassOf : RDFS.subPropertyOf).toList()) {
            Resource parent = s.getResource();
            if (parent.equals(ancestor) || reaches(parent, ancestor))
                return true;
        }
        return false;
    }

    private void assertDeclared(String iri, Resource kind, String what) {
        assertTrue(ontology.contains(ontology.getResource(iri), RDF.type, kind), what + ": " + iri + " is not declared as " + kind.getLocalName());
    }

    private List<String> enumOf(String def, String property) {
        return values(defs.get(def).get("properties").get(property).get("enum"));
    }

    private List<String> enumItems(String def, String property) {
        return values(defs.get(def).get("properties").get(property).get("items").get("enum"));
    }

    private static List<String> values(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        assertTrue(!out.isEmpty());
        return out;
    }
}
