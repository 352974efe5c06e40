package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.store.Restore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A new dataset from dumps written by {@code export}. */
@Command(name = "restore", mixinStandardHelpOptions = true,
         description = { "Build a new TDB2 dataset from dumps written by export (N-Quads, TriG), with TDB2's parallel bulk loader.",
                         "The dataset directory must be new or empty; a failed restore leaves nothing behind." })
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "DUMP", description = "Dump files.")
    List<Path> dumps;

    @Override
    public Integer call() {
        long quads = Restore.into(data.dir, dumps, line -> spec.commandLine().getErr().println(line));
        spec.commandLine().getErr().println("newskg: restored " + quads + " quads into " + data.dir);
        return ExitCodes.OK;
    }
}
