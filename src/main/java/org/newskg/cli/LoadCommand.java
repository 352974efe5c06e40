package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.facts.ArticleFacts;
import org.newskg.ingest.BatchException;
import org.newskg.ingest.FactsFiles;
import org.newskg.store.ArticleStore;
import org.newskg.store.LoadSummary;
import org.newskg.validate.ShapeViolationException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Facts files into the TDB2 dataset, one transaction per article. */
@Command(name = "load", mixinStandardHelpOptions = true,
         description = { "Load facts files into a TDB2 dataset, one transaction per article.",
                         "Every file is checked first, against the facts format and the SHACL shapes; if any is bad, nothing is loaded.",
                         "Loading an article again replaces it; unchanged input is skipped." })
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Facts files, or folders searched for *.facts.json.")
    List<Path> paths;

    @Override
    public Integer call() {
        return load(spec, data.dir, paths);
    }

    /** The work of {@code load}, also run by {@code serve --load}. */
    static int load(CommandSpec spec, Path dataDir, List<Path> paths) {
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
        ArticleStore store = ArticleStore.open(dataDir);
        LoadSummary summary;
        try {
            summary = store.loadAll(articles, new Progress(err, articles.size()));
        } catch (ShapeViolationException e) {
            err.println("newskg: " + e.getMessage());
            err.println("newskg: nothing loaded");
            return ExitCodes.FAILURE;
        }
        err.println("newskg: " + summary + " into " + dataDir);
        return ExitCodes.OK;
    }
}
