package org.newskg.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar newskg.jar <command>}: the entry point; each command is a class of its own. */
@Command(name = "newskg",
         mixinStandardHelpOptions = true,
         versionProvider = Version.class,
         description = "News articles about international politics as an RDF knowledge graph, served over SPARQL.",
         subcommands = { ValidateCommand.class, MapCommand.class, LoadCommand.class, QueryCommand.class,
                         ServeCommand.class, OntologyCommand.class, LinkCommand.class,
                         MappingsCommand.class, EvaluateLinksCommand.class, ExtractCommand.class, IngestCommand.class, EvaluateCommand.class, BenchCommand.class, ExportCommand.class, RestoreCommand.class, GenerateCommand.class, LoadTestCommand.class, CompactCommand.class,
                         CommandLine.HelpCommand.class })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with newskg's error handling: a one-line message on stderr and exit code 1. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("newskg: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            if (Boolean.getBoolean("newskg.debug"))
                e.printStackTrace(err);
            err.flush();
            return ExitCodes.FAILURE;
        });
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
    }
}
