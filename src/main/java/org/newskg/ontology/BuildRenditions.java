package org.newskg.ontology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build (exec-maven-plugin, process-classes): writes the RDF/XML rendition and the
 * HTML documentation of {@code ontology/newskg.ttl} into the given folder, so that the jar and
 * the server carry them.
 */
public final class BuildRenditions {
    private BuildRenditions() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/classes/ontology");
        Files.createDirectories(dir);
        Files.write(dir.resolve("newskg.owl"), Renditions.rdfXml(Ontology.model()));
        Files.write(dir.resolve("index.html"), Renditions.html(Ontology.model()));
    }
}
