package org.newskg.map;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.newskg.vocab.NIF;
import org.newskg.vocab.NKG;
import org.newskg.vocab.Wikidata;

/** The prefixes newskg output is written with. */
public final class Prefixes {
    private Prefixes() {}

    public static final Map<String, String> STANDARD;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nkg", NKG.NS);
        m.put("id", IriScheme.DEFAULT_BASE + "id/");
        m.put("article", IriScheme.DEFAULT_BASE + "article/");
        m.put("rdf", RDF.getURI());
        m.put("rdfs", RDFS.getURI());
        m.put("owl", OWL.getURI());
        m.put("xsd", XSD.getURI());
        m.put("skos", SKOS.getURI());
        m.put("nif", NIF.NS);
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("wd", Wikidata.ENTITY_NS);
        STANDARD = Map.copyOf(m);
    }
}
