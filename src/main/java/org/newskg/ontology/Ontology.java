package org.newskg.ontology;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.newskg.Bundled;

/**
 * The newskg ontology as data. Read from {@code ontology/newskg.ttl} when that file is at
 * hand (the repository), otherwise from the copy packaged in the jar.
 */
public final class Ontology {
    private Ontology() {}

    /** Path of the ontology in the repository. */
    public static final Path SOURCE = Path.of("ontology", "newskg.ttl");
    /** Classpath copy, put there by the build. */
    public static final String RESOURCE = "/ontology/newskg.ttl";

    private static volatile Model cached;

    /** The ontology file as written, comments and layout included: the form served as Turtle. */
    public static byte[] sourceBytes() {
        return Bundled.read(SOURCE, RESOURCE);
    }

    /** The ontology (a shared model: do not modify). */
    public static Model model() {
        Model m = cached;
        if (m == null) {
            synchronized (Ontology.class) {
                if (cached == null)
                    cached = RDFParser.source(new ByteArrayInputStream(sourceBytes())).lang(Lang.TURTLE).toModel();
                m = cached;
            }
        }
        return m;
    }
}
