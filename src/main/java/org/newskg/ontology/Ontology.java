package org.newskg.ontology;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

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
        try {
            if (Files.isRegularFile(SOURCE))
                return Files.readAllBytes(SOURCE);
            try (var in = Ontology.class.getResourceAsStream(RESOURCE)) {
                if (in == null)
                    throw new IllegalStateException("the ontology is neither at " + SOURCE + " nor in the jar");
                return in.readAllBytes();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The ontology (a shared model: do not modify). */
    public static Model model() {
        Model m = cached;
        if (m == null) {
            synchronized (Ontology.class) {
                if (cached == null)
                    cached = load();
                m = cached;
            }
        }
        return m;
    }

    private static Model load() {
        if (Files.isRegularFile(SOURCE))
            return RDFParser.source(SOURCE).lang(Lang.TURTLE).toModel();
        try (var in = Ontology.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("the ontology is neither at " + SOURCE + " nor in the jar");
            return RDFParser.source(in).lang(Lang.TURTLE).toModel();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
