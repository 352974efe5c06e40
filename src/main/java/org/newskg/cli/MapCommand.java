package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.system.StreamRDF;
import org.newskg.facts.ArticleFacts;
import org.newskg.ingest.BatchException;
import org.newskg.ingest.FactsFiles;
import org.newskg.map.Entailments;
import org.newskg.map.FactsMapper;
import org.newskg.map.IriScheme;
import org.newskg.ontology.Ontology;
import org.newskg.map.RdfSyntax;
import org.newskg.map.RdfWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Facts files to an RDF file, in any syntax Jena or RDF4J Rio writes. */
@Command(name = "map", mixinStandardHelpOptions = true,
         description = "Map facts files to RDF (one named graph per article, shared entities in their own graph).")
final class MapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Facts files, or folders searched for *.facts.json.")
    List<Path> paths;

    @Option(names = { "-f", "--format" }, defaultValue = "trig",
            description = "RDF syntax: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). Syntaxes without named graphs get the union of the graphs.",
            completionCandidates = SyntaxNames.class, converter = SyntaxNames.Converter.class)
    RdfSyntax format;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Output file (default: standard output). Written whole or not at all.")
    Path output;

    @Option(names = "--entailments", description = "Add the entailments load materializes (superclasses, super-properties, inverses).")
    boolean entailments;

    @Option(names = "--base", defaultValue = IriScheme.DEFAULT_BASE, description = "Base IRI of minted IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() throws IOException {
        List<ArticleFacts> articles;
        try {
            articles = FactsFiles.readAll(FactsFiles.find(paths));
        } catch (BatchException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (!format.keepsGraphs())
            spec.commandLine().getErr().println("newskg: note: " + format + " has no named graphs; writing the union of all graphs");
        Output.to(output, out -> write(articles, out));
        if (output != null)
            spec.commandLine().getErr().println("newskg: wrote " + articles.size() + " article(s) to " + output);
        return ExitCodes.OK;
    }

    private void write(List<ArticleFacts> articles, OutputStream out) {
        FactsMapper mapper = new FactsMapper(new IriScheme(base));
        StreamRDF sink = RdfWriter.create(out, format);
        StreamRDF stream = entailments ? Entailments.of(Ontology.model()).wrap(sink) : sink;
        stream.start();
        for (ArticleFacts a : articles)
            mapper.map(a, stream);
        stream.finish();
    }
}
