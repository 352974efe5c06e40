package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.Callable;

import org.newskg.facts.ArticleFacts;
import org.newskg.ingest.BatchException;
import org.newskg.ingest.FactsFiles;
import org.newskg.store.ArticleStore;
import org.newskg.store.ArticleTarget;
import org.newskg.store.LoadSummary;
import org.newskg.validate.ShapeViolationException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Facts files into the TDB2 dataset, a hundred articles per transaction. */
@Command(name = "load", mixinStandardHelpOptions = true,
         description = { "Load facts files into a TDB2 dataset, up to 100 articles per transaction (each article whole or not at all).",
                         "Every file is checked first, against the facts format and the SHACL shapes; if any is bad, nothing is loaded",
                         "(with --keep-going, the good ones are loaded and the bad ones listed).",
                         "Loading an article again replaces it; unchanged input is skipped." })
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Facts files, or folders searched for *.facts.json.")
    List<Path> paths;

    @Option(names = "--keep-going", description = "Load the good files of a batch and skip the bad ones (listed, and in --rejects).")
    boolean keepGoing;

    @Option(names = "--rejects", paramLabel = "FILE", description = "With --keep-going: write the refused files and why, as TSV (file, JSON path or node, problem).")
    Path rejects;

    @Mixin
    EndpointOption endpoint;

    @Override
    public Integer call() throws java.io.IOException {
        if (endpoint.given())
            return load(spec, endpoint::store, endpoint.url, paths);
        return keepGoing ? loadKeepingGoing() : load(spec, data.dir, paths);
    }

    private int loadKeepingGoing() throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = FactsFiles.find(paths);
        FactsFiles.Batch batch = FactsFiles.readEach(files);
        List<String> rows = new java.util.ArrayList<>();
        for (var e : batch.rejected()) {
            err.println(e.getMessage());
            e.problems().forEach(p -> rows.add(Output.tsv(e.file(), p.jsonPath(), p.message())));
        }
        ArticleStore store = ArticleStore.open(data.dir);
        LoadSummary summary = store.loadEach(batch.articles(), new Progress(err, batch.articles().size()), (article, violations) -> {
            err.println("newskg: article " + article.article().id() + " breaks the shapes:\n" + violations);
            violations.lines().forEach(line -> rows.add(Output.tsv(article.article().id(), "", line)));
        });
        int refused = batch.rejected().size() + (batch.articles().size() - summary.articles());
        err.println("newskg: " + summary + " into " + data.dir + "; " + refused + " refused");
        if (rejects != null) {
            rows.add(0, "file\twhere\tproblem");
            java.nio.file.Files.write(rejects, rows);
            err.println("newskg: rejects listed in " + rejects);
        }
        return refused == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }


    /** The work of {@code load}, also run by {@code serve --load}. */
    static int load(CommandSpec spec, Path dataDir, List<Path> paths) {
        return load(spec, () -> ArticleStore.open(dataDir), dataDir.toString(), paths);
    }

    /** Reads and checks every file, then loads them into {@code target} (opened only when all are readable). */
    private static int load(CommandSpec spec, Supplier<ArticleTarget> target, String where, List<Path> paths) {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = FactsFiles.find(paths);
        if (files.isEmpty()) {
            err.println("newskg: no facts files (*" + FactsFiles.SUFFIX + ") in " + paths);
            return ExitCodes.FAILURE;
        }
        List<ArticleFacts> articles;
        try {
            articles = FactsFiles.readAll(files);
        } catch (BatchException e) {
            err.println(e.getMessage());
            err.println("newskg: nothing loaded: " + e.failures().size() + " of " + files.size() + " file(s) are invalid");
            return ExitCodes.FAILURE;
        }
        LoadSummary summary;
        try {
            summary = target.get().loadAll(articles, new Progress(err, articles.size()));
        } catch (ShapeViolationException e) {
            err.println("newskg: " + e.getMessage());
            err.println("newskg: nothing loaded");
            return ExitCodes.FAILURE;
        }
        err.println("newskg: " + summary + " into " + where);
        return ExitCodes.OK;
    }
}
