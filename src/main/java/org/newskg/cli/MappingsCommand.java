package org.newskg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.link.Mapping;
import org.newskg.link.MappingSet;
import org.newskg.link.Sssom;
import org.newskg.link.SssomException;
import org.newskg.map.IriScheme;
import org.newskg.store.ArticleStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The dataset's Wikidata links as SSSOM: export for review, import what a curator reviewed. */
@Command(name = "mappings", mixinStandardHelpOptions = true,
         description = "Export the dataset's Wikidata links as an SSSOM/TSV mapping set, or import reviewed ones.",
         subcommands = { MappingsCommand.Export.class, MappingsCommand.Import.class })
final class MappingsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: export or import");
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write every link (facts files', automatic, curated) as SSSOM/TSV.")
    static final class Export implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Output file (default: standard output).")
        Path output;

        @Option(names = "--suggestions", description = "Include the suggestions below the threshold, for review.")
        boolean suggestions;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(data.dir))
                throw new IllegalArgumentException("no dataset at " + data.dir);
            List<Mapping> mappings = new MappingSet(ArticleStore.connect(data.dir), IriScheme.standard()).export(suggestions);
            if (output == null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                Sssom.write(mappings, w);
                w.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    Sssom.write(mappings, w);
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
             description = { "Take in an SSSOM/TSV file of reviewed links; they override automatic links and suggestions.",
                             "A row with predicate_modifier Not says the entity is not that item." })
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataOption data;

        @Parameters(paramLabel = "FILE", description = "The SSSOM/TSV file.")
        Path file;

        @Override
        public Integer call() {
            if (!Files.isDirectory(data.dir))
                throw new IllegalArgumentException("no dataset at " + data.dir);
            List<Mapping> reviewed;
            try {
                reviewed = Sssom.read(file);
            } catch (SssomException e) {
                spec.commandLine().getErr().println("newskg: " + e.getMessage());
                spec.commandLine().getErr().println("newskg: nothing imported");
                return ExitCodes.FAILURE;
            }
            int n = new MappingSet(ArticleStore.connect(data.dir), IriScheme.standard()).importCurated(reviewed);
            spec.commandLine().getErr().println("newskg: imported " + n + " reviewed mapping(s) from " + file);
            return ExitCodes.OK;
        }
    }
}
