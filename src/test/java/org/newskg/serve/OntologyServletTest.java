package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OntologyServletTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|                                                                                      | text/turtle",
        "|text/turtle                                                                           | text/turtle",
        "|application/rdf+xml, application/xml; q=0.7, text/xml; q=0.6, text/plain; q=0.1, */*; q=0.09 | application/rdf+xml",
        "|text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8                        | text/html",
        "|*/*                                                                                   | text/turtle",
        "|application/json                                                                      | text/turtle",
        "rdfxml|text/html                                                                       | application/rdf+xml",
        "html|                                                                                  | text/html",
    })
    void choosesTheFormatTheClientPrefers(String format, String accept, String expected) {
        assertEquals(expected, OntologyServlet.choose(format, accept).getContentTypeStr());
    }
}
