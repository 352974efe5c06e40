package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newskg.bench.QueryLoad;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Concurrent clients running the competency queries against an endpoint, for a fixed time. */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
         description = "Run the queries of a folder from N concurrent clients for a fixed time; report throughput, latency percentiles and errors (Markdown).")
final class LoadTestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--endpoint", defaultValue = "http://localhost:3030/newskg/sparql", description = "SPARQL endpoint (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--queries", defaultValue = "queries", description = "Folder of .rq files (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "How long (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() throws IOException {
        if (!endpoint.startsWith("http://localhost") && !endpoint.startsWith("http://127."))
            throw new IllegalArgumentException("the load test runs against a server on this machine only (http://localhost...)");
        List<Path> files;
        try (Stream<Path> s = Files.list(queries)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        QueryLoad.Report report = QueryLoad.run(endpoint, files, clients, Duration.ofSeconds(seconds));
        spec.commandLine().getOut().print(report.markdown());
        spec.commandLine().getOut().flush();
        return report.errors().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
