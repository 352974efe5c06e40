package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newskg.ontology.Ontology;
import org.newskg.ontology.Renditions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The ontology as Turtle, RDF/XML or HTML documentation. */
@Command(name = "ontology", mixinStandardHelpOptions = true,
         description = { "Write the ontology as Turtle, RDF/XML (for Protege and the OWL API) or HTML documentation.",
                         "docs/ontology/index.html is written with: ontology -f html -o docs/ontology/index.html" })
final class OntologyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = { "-f", "--format" }, defaultValue = "ttl", description = "ttl, rdfxml or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        byte[] bytes = switch (format) {
            case "ttl", "turtle" -> Renditions.turtle();
            case "rdfxml", "owl" -> Renditions.rdfXml(Ontology.model());
            case "html" -> Renditions.html(Ontology.model());
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; choose ttl, rdfxml or html");
        };
        Output.to(output, out -> out.write(bytes));
        return ExitCodes.OK;
    }
}
