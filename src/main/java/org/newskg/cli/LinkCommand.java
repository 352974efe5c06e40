package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.newskg.link.LinkReport;
import org.newskg.link.Linker;
import org.newskg.link.SparqlEndpoint;
import org.newskg.link.WikidataReconciler;
import org.newskg.store.ArticleStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Wikidata links for the entities of a dataset that have none. */
@Command(name = "link", mixinStandardHelpOptions = true,
         description = { "Link the states, organizations, people and places of a dataset that have no Wikidata item:",
                         "first from the offline gazetteer, then by reconciliation against a Wikidata SPARQL endpoint.",
                         "A link is written only above the threshold; the rest are kept as suggestions (see: mappings export)." })
final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--endpoint", defaultValue = SparqlEndpoint.WIKIDATA, description = "Wikidata SPARQL endpoint (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--offline", description = "Use the gazetteer only; ask no endpoint.")
    boolean offline;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "link-cache", description = "Cache of endpoint answers (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--threshold", defaultValue = "0.8", description = "Lowest score of a link that is written (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--min-interval-ms", defaultValue = "1000", description = "Least time between two requests to the endpoint (default: ${DEFAULT-VALUE}).")
    long minIntervalMs;

    @Option(names = "--timeout-s", defaultValue = "30", description = "Time allowed for one answer of the endpoint (default: ${DEFAULT-VALUE}).")
    long timeoutS;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(data.dir))
            throw new IllegalArgumentException("no dataset at " + data.dir + " (load articles first)");
        if (threshold <= 0 || threshold > 1)
            throw new IllegalArgumentException("--threshold must be above 0 and at most 1");
        Linker linker = Linker.create(ArticleStore.connect(data.dir)).threshold(threshold).log(err::println);
        if (!offline)
            linker.reconciler(new WikidataReconciler(SparqlEndpoint.create(endpoint).cache(cache)
                    .minInterval(Duration.ofMillis(minIntervalMs)).timeout(Duration.ofSeconds(timeoutS))));
        LinkReport report = linker.run();
        err.println("newskg: " + report);
        if (!report.unlinked().isEmpty())
            err.println("newskg: unlinked: " + String.join(", ", report.unlinked()));
        return ExitCodes.OK;
    }
}
