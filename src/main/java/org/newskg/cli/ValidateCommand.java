package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RiotException;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.FactsException;
import org.newskg.facts.FactsReader;
import org.newskg.ingest.FactsFiles;
import org.newskg.store.ArticleStore;
import org.newskg.validate.DataValidator;
import org.newskg.validate.Violations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks facts files, RDF files or a dataset: the facts format, then the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
         description = { "Check facts files (newskg-facts/1.0) and the data they map to, RDF files, or a whole dataset,",
                         "against the facts format and the SHACL shapes (ontology/shapes.ttl). Nothing is loaded.",
                         "Problems are reported as FILE: JSON-PATH: message, or FILE: <node> path: message; exits 1 if any." })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
                description = "Facts files, folders searched for *.facts.json, or RDF files (.ttl, .trig, .nq, .jsonld, ...).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR", description = "Validate the whole TDB2 dataset in DIR.")
    Path data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty() && data == null) {
            err.println("newskg: name files to validate, or a dataset with --data");
            return ExitCodes.USAGE;
        }
        DataValidator validator = DataValidator.standard();
        int checked = 0, bad = 0;
        for (Path p : paths) {
            List<Path> files = Files.isDirectory(p) ? FactsFiles.find(List.of(p)) : List.of(p);
            for (Path f : files) {
                checked++;
                String problems = problems(f, validator);
                if (problems == null) {
                    out.println(f + ": valid");
                } else {
                    bad++;
                    err.println(problems);
                }
            }
        }
        if (data != null) {
            checked++;
            if (!Files.isDirectory(data))
                throw new IllegalArgumentException("no dataset at " + data);
            Violations v = validator.dataset(ArticleStore.connect(data));
            if (v.conforms()) {
                out.println(data + ": valid");
            } else {
                bad++;
                err.println(prefixed(data, v));
            }
        }
        out.flush();
        err.println(checked - bad + " valid, " + bad + " invalid");
        return bad == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** What is wrong with one file, or null. */
    private static String problems(Path f, DataValidator validator) {
        if (!Files.isRegularFile(f))
            return f + ": no such file";
        if (f.toString().endsWith(".json")) {
            try {
                ArticleFacts facts = FactsReader.standard().read(f);
                Violations v = validator.facts(facts);
                return v.conforms() ? null : prefixed(f, v);
            } catch (FactsException e) {
                return e.getMessage();
            }
        }
        try {
            Violations v = validator.rdfFile(f);
            return v.conforms() ? null : prefixed(f, v);
        } catch (RiotException e) {
            return f + ": not valid RDF: " + e.getMessage();
        }
    }

    private static String prefixed(Path where, Violations v) {
        return v.lines().stream().map(line -> where + ": " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
