package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.bench.ExtractionBench;
import org.newskg.extract.ArticleExtractor;
import org.newskg.ingest.RawArticleReader;
import org.newskg.synth.ArticleGenerator;
import org.newskg.synth.SyntheticJsonl;
import org.newskg.synth.SyntheticQuads;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Benchmarks, each reported beside a baseline measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = { BenchCommand.Extract.class, BenchCommand.Load.class, BenchCommand.IngestSpeed.class },
         description = "Benchmarks reported as ratios against a baseline measured in the same run.")
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
             description = { "Bulk load speed (quads/s) of newskg's bulk path against TDB2's parallel loader alone, on the same N-Quads",
                             "file: --nquads FILE (.nq or .nq.gz), or --articles N synthetic articles generated into a temporary gzipped file,",
                             "as ingest --bulk stages them." })
    static final class Load implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--nquads", paramLabel = "FILE", description = "The N-Quads file to load.")
        Path nquads;

        @Option(names = "--articles", defaultValue = "10000", description = "Without --nquads: synthetic articles to generate (default: ${DEFAULT-VALUE}).")
        long articles;

        @Option(names = "--work", paramLabel = "DIR", description = "Where the two datasets are built, then removed (default: a temporary folder).")
        Path work;

        @Override
        public Integer call() throws IOException {
            var err = spec.commandLine().getErr();
            // compressed, as ingest --bulk stages its quads (there at the fastest level): both sides read the same .gz file
            return onInput(nquads, work, "newskg-bench-load", "synthetic.nq.gz", out -> {
                err.println("newskg: generating " + articles + " synthetic articles as gzipped N-Quads...");
                try (var gz = new java.util.zip.GZIPOutputStream(out, 1 << 16)) {
                    SyntheticQuads.write(new ArticleGenerator(1), 0, articles, gz, n -> { });
                }
            }, (file, dir) -> {
                err.println("newskg: loading " + file + " twice...");
                var r = org.newskg.bench.LoadBench.run(file, dir);
                spec.commandLine().getOut().printf("%d quads%n%n%s", r.quads(), r.markdown());
                spec.commandLine().getOut().flush();
            });
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
             description = { "Incremental ingest speed (articles/s into a live TDB2 dataset) with group commit, against the same run",
                             "committing every article alone: --articles N synthetic raw articles, or the articles of --input." })
    static final class IngestSpeed implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--articles", defaultValue = "2000", description = "Without --input: synthetic articles to generate (default: ${DEFAULT-VALUE}).")
        long articles;

        @Option(names = "--input", paramLabel = "PATH", description = "Ingest these articles (files, folders, JSON Lines) instead.")
        Path input;

        @Option(names = "--batch", defaultValue = "100", description = "Most articles per transaction of the grouped runs (default: ${DEFAULT-VALUE}).")
        int batch;

        @Option(names = "--threads", description = "Extraction threads (default: the number of processors).")
        int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = "--work", paramLabel = "DIR", description = "Where the datasets are built, then removed (default: a temporary folder).")
        Path work;

        @Override
        public Integer call() throws IOException {
            var err = spec.commandLine().getErr();
            return onInput(input, work, "newskg-bench-ingest", "synthetic.jsonl", out -> {
                err.println("newskg: generating " + articles + " synthetic raw articles...");
                SyntheticJsonl.write(new ArticleGenerator(1), 0, articles, out, n -> { });
            }, (file, dir) -> {
                err.println("newskg: ingesting " + file + " five times (a warm-up, then one commit per article and grouped, twice each)...");
                var r = org.newskg.bench.IngestBench.run(List.of(file), dir, ArticleExtractor.create().build(),
                        RawArticleReader.create(), threads, batch);
                spec.commandLine().getOut().printf("%d articles, %d threads%n%n%s", r.articles(), threads, r.markdown());
                spec.commandLine().getOut().flush();
            });
        }
    }

    /** Writes a benchmark's generated input. */
    interface InputWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A benchmark run on its input, with a folder to build in. */
    interface BenchRun {
        void run(Path input, Path work) throws IOException;
    }

    /**
     * Runs {@code bench} on {@code given}, or on a file of {@code name} that {@code generate}
     * writes into the work folder ({@code work}, or a temporary one); removes what it made.
     */
    static int onInput(Path given, Path work, String tempPrefix, String name, InputWriter generate, BenchRun bench) throws IOException {
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory(tempPrefix);
        Path file = given;
        try {
            if (file == null) {
                file = dir.resolve(name);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    generate.write(out);
                }
            }
            bench.run(file, dir);
            return ExitCodes.OK;
        } finally {
            if (given == null && file != null)
                Files.deleteIfExists(file);
            if (work == null)
                Files.deleteIfExists(dir);
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
             description = { "Extraction speed (articles/s, tokens/s) against OpenNLP's tokenizer alone on the same text.",
                             "The text is synthetic seed-style articles of the seed's size (--megabytes of them) or the articles of --input." })
    static final class Extract implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--megabytes", defaultValue = "10", description = "Synthetic text to generate, in MB (default: ${DEFAULT-VALUE}).")
        double megabytes;

        @Option(names = "--input", paramLabel = "PATH", description = "Measure on these articles (files, folders, JSON Lines) instead, repeated up to --megabytes.")
        Path input;

        @Option(names = "--threads", description = "Threads for both passes (default: the number of processors).")
        int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic articles (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws IOException, InterruptedException {
            List<String> texts = new ArrayList<>();
            if (input != null) {
                // the articles of --input, repeated until there is --megabytes of text: a run long enough to measure
                List<String> read = new ArrayList<>();
                RawArticleReader.create().detectLanguage(false).readEach(input, a -> read.add(a.text()),
                        bad -> spec.commandLine().getErr().println("newskg: " + bad.getMessage()));
                long chars = 0;
                for (int i = 0; !read.isEmpty() && chars < megabytes * 1e6; i++) {
                    String t = read.get(i % read.size());
                    texts.add(t);
                    chars += t.length();
                }
            } else {
                // seed-sized articles: generated stories joined as paragraphs until an article is as long as the seed
                ArticleGenerator g = new ArticleGenerator(seed);
                int size = seedChars();
                long chars = 0, n = 0;
                while (chars < megabytes * 1e6) {
                    StringBuilder article = new StringBuilder();
                    while (article.length() < size)
                        article.append(article.length() == 0 ? "" : "\n\n").append(g.article(n++).article().text());
                    texts.add(article.toString());
                    chars += article.length();
                }
            }
            if (texts.isEmpty())
                throw new IllegalArgumentException("no article text to measure");
            spec.commandLine().getErr().println("newskg: measuring " + texts.size() + " articles on " + threads + " thread(s)...");
            ExtractionBench.Result r = new ExtractionBench(ArticleExtractor.create().build(), threads).run(texts);
            int seedChars = seedChars();
            spec.commandLine().getOut().print(r.markdown(seedChars));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }

        /** Characters of the bundled seed article's text, the unit of the speed target; 4,800 if it is not here. */
        private static int seedChars() {
            Path seed = Path.of("articles", "000_1c78fd6e59ff975b.txt");
            try {
                return Files.isRegularFile(seed) ? RawArticleReader.create().detectLanguage(false).read(seed).get(0).text().length() : 4800;
            } catch (Exception e) {
                return 4800;
            }
        }
    }
}
