package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newskg.facts.FactsWriter;
import org.newskg.synth.ArticleGenerator;
import org.newskg.synth.SyntheticJsonl;
import org.newskg.synth.SyntheticQuads;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Synthetic articles for scale tests: facts files, or their quads ready for restore. */
@Command(name = "generate", mixinStandardHelpOptions = true,
         description = { "Generate synthetic articles in the style of the seed (states from the gazetteer, invented leaders),",
                         "deterministic from --seed: as facts files in a folder, or mapped to N-Quads (with the load-time entailments) for restore." })
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", required = true, description = "How many articles.")
    long count;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--first", defaultValue = "0", description = "Number of the first article (default: ${DEFAULT-VALUE}).")
    long first;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--out", paramLabel = "DIR", description = "Write one facts file per article into DIR.")
        Path dir;

        @Option(names = "--nquads", paramLabel = "FILE", description = "Write the articles' quads, entailments included, as N-Quads.")
        Path nquads;

        @Option(names = "--jsonl", paramLabel = "FILE", description = "Write the raw articles (id, title, date, text) as JSON Lines, for ingest.")
        Path jsonl;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ArticleGenerator generator = new ArticleGenerator(seed);
        long start = System.nanoTime();
        if (target.dir != null) {
            Files.createDirectories(target.dir);
            for (long n = first; n < first + count; n++) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target.dir.resolve(String.format("synth-%08d.facts.json", n))))) {
                    FactsWriter.write(generator.article(n), out);
                }
                progress(err, n - first + 1, start);
            }
        } else if (target.jsonl != null) {
            Output.to(target.jsonl, out -> SyntheticJsonl.write(generator, first, count, out, done -> progress(err, done, start)));
        } else {
            Output.to(target.nquads, out -> SyntheticQuads.write(generator, first, count, out, done -> progress(err, done, start)));
        }
        err.println("newskg: generated " + count + " articles");
        return ExitCodes.OK;
    }

    private void progress(PrintWriter err, long done, long start) {
        if (done % 10_000 == 0 || done == count) {
            double s = (System.nanoTime() - start) / 1e9;
            err.printf("generated %d/%d articles (%.0f/s, ETA %.0fs)%n", done, count, done / s, (count - done) / (done / s));
            err.flush();
        }
    }
}
