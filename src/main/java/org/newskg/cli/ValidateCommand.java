package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.facts.FactsException;
import org.newskg.facts.FactsReader;
import org.newskg.ingest.FactsFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks facts files against the format: JSON Schema, references, spans, dates. */
@Command(name = "validate", mixinStandardHelpOptions = true,
         description = { "Check facts files (newskg-facts/1.0) without loading them.",
                         "Every problem is reported as FILE: JSON-PATH: message; exits 1 if any file is bad." })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Facts files, or folders searched for *.facts.json.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = FactsFiles.find(paths);
        if (files.isEmpty()) {
            err.println("newskg: no facts files (*" + FactsFiles.SUFFIX + ") in " + paths);
            return ExitCodes.FAILURE;
        }
        int bad = 0;
        for (Path f : files) {
            try {
                FactsReader.standard().read(f);
                out.println(f + ": valid");
            } catch (FactsException e) {
                bad++;
                err.println(e.getMessage());
            }
        }
        out.flush();
        err.println(files.size() - bad + " valid, " + bad + " invalid");
        return bad == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
