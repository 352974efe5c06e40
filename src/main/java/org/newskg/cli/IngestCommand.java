package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.ingest.ArticleSources;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestPipeline;
import org.newskg.store.ArticleStore;
import org.newskg.store.ArticleTarget;
import org.newskg.store.BulkStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Raw articles through extraction, mapping and loading, in one streaming run. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
         description = { "Extract facts from raw articles and load them, streaming, on all cores, whole articles in batches per transaction;",
                         "an article already loaded from the same input is skipped (so an interrupted run continues where it stopped),",
                         "and a bad file or an article that breaks the shapes is refused, listed, and leaves the dataset as it was." })
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, folders of them, or - for JSON Lines on stdin.")
    List<Path> paths;

    @Mixin
    ArticleOptions options;

    @Mixin
    EndpointOption endpoint;

    @Option(names = "--bulk", description = { "Build a new dataset (--data must not exist or be empty) with TDB2's parallel bulk loader:",
            "articles are checked and mapped to N-Quads beside it, loaded at the end; much faster for a first large load." })
    boolean bulk;

    @Option(names = "--compact", description = "After the run, compact the dataset if articles were replaced (TDB2 keeps their old versions until then).")
    boolean compact;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "100",
            description = { "Most articles per transaction (default: ${DEFAULT-VALUE}). The writer commits what it has whenever it has",
                            "caught up with extraction, so batches grow only when commits are the bottleneck." })
    int batch;

    @Option(names = "--max-quads", paramLabel = "N", defaultValue = "100000",
            description = "Refuse an article that maps to more than N quads (default: ${DEFAULT-VALUE}).")
    long maxQuads;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write the refused inputs and why, as TSV (source, article, problem).")
    Path rejects;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (batch < 1)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1, not " + batch);
        if (bulk && endpoint.given())
            throw new IllegalArgumentException("--bulk builds a new dataset on disk; it does not go with --endpoint");
        BulkStore bulkStore = bulk ? BulkStore.create(data.dir) : null;
        ArticleTarget target = bulk ? bulkStore
                : endpoint.given() ? endpoint.store()
                : ArticleStore.open(data.dir);
        try {
            return ingest(err, target, bulkStore);
        } catch (RuntimeException | InternalError e) {
            String full = DiskFull.describe(e, data.dir);
            if (full == null)
                throw e;
            throw new IllegalStateException(full, e);
        } finally {
            if (bulkStore != null)
                bulkStore.close();
        }
    }

    private int ingest(PrintWriter err, ArticleTarget target, BulkStore bulkStore) throws IOException {
        List<String> rows = new ArrayList<>();
        Progress progress = new Progress(err, (int) Math.min(Integer.MAX_VALUE, options.reader().countInputs(paths)), "ingested");
        Ingest.Summary s = Ingest.create().extractor(options.extractor()).reader(options.reader())
                .threads(options.threads()).batch(batch).maxQuads(maxQuads).into(target)
                .stillWorking(java.time.Duration.ofSeconds(15), line -> {
                    err.println("newskg: " + line);
                    err.flush();
                })
                // a dataset on disk knows where its articles came from (a new bulk dataset from now on; a server not)
                .sources(endpoint.given() ? ArticleSources.none() : bulkStore != null ? ArticleSources.fresh(data.dir)
                         : ArticleSources.beside(data.dir))
                .run(paths, progress, outcome -> {
                    if (outcome.kind() != IngestPipeline.Outcome.Kind.UNCHANGED)
                        err.println("newskg: " + outcome.message());
                    progress.step(String.valueOf(outcome.articleId()), outcome.kind().name().toLowerCase().replace('_', ' '));
                    if (outcome.kind() == IngestPipeline.Outcome.Kind.REFUSED)
                        rows.add(Output.tsv(outcome.source(), String.valueOf(outcome.articleId()), outcome.message()));
                });
        progress.finish();
        if (bulkStore != null) {
            err.println("newskg: bulk loading the staged quads into " + data.dir + " with TDB2's parallel loader...");
            long quads = bulkStore.finish(line -> err.println("newskg: " + line));
            err.println("newskg: " + quads + " quads in the new dataset " + data.dir);
        }
        err.printf("newskg: %d article(s) loaded (%d facts, %d quads) into %s; %d skipped, %d refused%n",
                   s.loaded(), s.facts(), s.quads(), endpoint.given() ? endpoint.url : data.dir, s.skipped(), s.refused());
        if (s.replaced() > 0 && !endpoint.given()) {
            if (compact)
                CompactCommand.compact(data.dir, err);
            else
                err.println("newskg: " + s.replaced() + " article(s) replaced: their old versions take space until `newskg compact` (or ingest --compact)");
        }
        if (rejects != null) {
            rows.add(0, "source\tarticle\tproblem");
            Files.write(rejects, rows);
            err.println("newskg: rejects listed in " + rejects);
        }
        return s.refused() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

}
