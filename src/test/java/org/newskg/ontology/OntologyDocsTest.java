package org.newskg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newskg.vocab.NKG;

class OntologyDocsTest {
    private final String html = new String(Renditions.html(Ontology.model()), StandardCharsets.UTF_8);

    @Test
    void everyTermHasItsEntryWithItsDefinition() {
        var model = Ontology.model();
        for (var kind : java.util.List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual))
            model.listSubjectsWithProperty(RDF.type, kind).forEach(term -> {
                if (term.isURIResource() && term.getURI().startsWith(NKG.NS)) {
                    assertTrue(html.contains("id=\"" + term.getLocalName() + "\""), term.getLocalName() + " has an entry");
                    String definition = new Terms(model).definition(term);
                    assertTrue(html.contains(Html.escape(definition)), term.getLocalName() + "'s definition is shown");
                }
            });
    }

    @Test
    void theCoreDiagramDrawsTheMainClassesAndProperties() {
        assertTrue(html.contains("<svg"), "an inline SVG diagram");
        for (String name : new String[] { "nkg:Fact", "nkg:Actor", "nkg:Allegation", "nkg:reportedIn", "nkg:evidence", "nkg:respondsTo" })
            assertTrue(html.contains(">" + name) || html.contains(name + "<") || html.contains(name + ","), name + " is in the diagram");
        assertTrue(html.matches("(?s).*<text[^>]*>[^<]*nkg:participant[^<]*</text>.*"), "participant is an arrow label");
    }

    @Test
    void thePublishedDocumentationIsUpToDate() throws Exception {
        Path published = Path.of("docs", "ontology", "index.html");
        assertEquals(html, Files.readString(published),
                     published + " is out of date: java -jar target/newskg.jar ontology -f html -o " + published);
    }
}
