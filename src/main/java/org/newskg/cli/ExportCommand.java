package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.map.RdfSyntax;
import org.newskg.map.RdfWriter;
import org.newskg.store.ArticleStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The whole dataset as one RDF file: for rdflib, backups, or another store. */
@Command(name = "export", mixinStandardHelpOptions = true,
         description = { "Write the whole dataset (every graph) as one RDF file, e.g. for rdflib:",
                         "  rdflib.Dataset().parse(\"newskg.nq\", format=\"nquads\")" })
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = { "-f", "--format" }, defaultValue = "nquads",
            description = "RDF syntax: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = SyntaxNames.class, converter = SyntaxNames.Converter.class)
    RdfSyntax format;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Output file (default: standard output). Written whole or not at all.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data.dir))
            throw new IllegalArgumentException("no dataset at " + data.dir);
        DatasetGraph dsg = ArticleStore.connect(data.dir);
        Output.to(output, out -> write(dsg, out));
        if (output != null)
            spec.commandLine().getErr().println("newskg: exported " + data.dir + " to " + output);
        return ExitCodes.OK;
    }

    /** One consistent snapshot: the read transaction spans the whole write. */
    private void write(DatasetGraph dsg, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            StreamRDF sink = RdfWriter.create(out, format);
            sink.start();
            dsg.find().forEachRemaining(sink::quad);
            sink.finish();
        });
    }
}
