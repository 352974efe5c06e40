package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.newskg.store.ArticleStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reclaims the disk space TDB2 keeps after replaced articles. */
@Command(name = "compact", mixinStandardHelpOptions = true,
         description = { "Compact the TDB2 dataset: TDB2 keeps old versions of replaced data until compacted.",
                         "Writes a new generation of the database and deletes the old one; with the server stopped." })
final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Override
    public Integer call() throws IOException {
        compact(data.dir, spec.commandLine().getErr());
        return ExitCodes.OK;
    }

    /** Compacts the dataset in {@code dir}, saying how much space it took before and after; also run by {@code ingest --compact}. */
    static void compact(Path dir, java.io.PrintWriter err) throws IOException {
        if (!Files.isDirectory(dir))
            throw new IllegalArgumentException("no dataset at " + dir);
        long before = size(dir);
        DatasetGraph dsg = ArticleStore.connect(dir);
        DatabaseMgr.compact(dsg, true);
        long after = size(dir);
        err.printf("newskg: compacted %s: %,d bytes before, %,d after%n", dir, before, after);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
