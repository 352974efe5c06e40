package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.newskg.query.QueryParameters;
import org.newskg.query.QueryRunner;
import org.newskg.query.ResultFormat;
import org.newskg.store.ArticleStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A SPARQL query against a dataset directory or an endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
         description = { "Run a SPARQL query (a .rq file or the query text) against a TDB2 dataset or a SPARQL endpoint.",
                         "The default graph is the union of all article graphs, as on the server." })
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY", description = "A file with the query (e.g. queries/leaders.rq), or the query itself.")
    String query;

    @ArgGroup(exclusive = true)
    Target target = new Target();

    static final class Target {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = DataOption.DEFAULT,
                description = "TDB2 dataset directory (default: ${DEFAULT-VALUE}).")
        Path data = Path.of(DataOption.DEFAULT);

        @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL endpoint, e.g. http://localhost:3030/newskg/sparql.")
        String endpoint;
    }

    @Option(names = { "-f", "--format" }, defaultValue = "table",
            description = "Result format for SELECT and ASK: table, csv, tsv, json, xml (default: ${DEFAULT-VALUE}). Graphs are printed as Turtle.")
    String format;

    @Option(names = { "-p", "--param" }, paramLabel = "NAME=VALUE",
            description = "Bind a query variable; repeatable. <iri> or http(s)://... is an IRI, anything else a string.")
    List<String> params = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        ResultFormat resultFormat = ResultFormat.of(format);
        Query parsed = parse();
        QueryParameters bindings = new QueryParameters();
        params.forEach(bindings::add);
        Query bound = bindings.bind(parsed);
        QueryRunner runner = target.endpoint != null
                ? QueryRunner.remote(target.endpoint)
                : QueryRunner.local(localDataset());
        OutputStream out = new BufferedOutputStream(System.out);
        runner.run(bound, resultFormat, out);
        out.flush();
        return ExitCodes.OK;
    }

    private org.apache.jena.sparql.core.DatasetGraph localDataset() {
        if (!Files.isDirectory(target.data))
            throw new IllegalArgumentException("no dataset at " + target.data + " (load articles first, or give --data or --endpoint)");
        return ArticleStore.connect(target.data);
    }

    private Query parse() throws IOException {
        Path file = Path.of(query);
        boolean isFile = query.endsWith(".rq") || (!query.contains("{") && Files.isRegularFile(file));
        String source = isFile ? file.toString() : "the query text";
        if (isFile && !Files.isRegularFile(file))
            throw new IllegalArgumentException("no such query file: " + query);
        String text = isFile ? Files.readString(file, StandardCharsets.UTF_8) : query;
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(source + ": SPARQL syntax error: " + e.getMessage());
        }
    }
}
