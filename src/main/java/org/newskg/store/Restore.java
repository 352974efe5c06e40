package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A dataset rebuilt from a dump ({@code export}'s N-Quads or TriG) with Jena's own TDB2 bulk
 * loader, the parallel one. Only into a new, empty location: a restore that fails removes what
 * it wrote, so nothing half-loaded is left behind.
 */
public final class Restore {
    private Restore() {}

    /** Loads {@code dumps} into a new dataset at {@code dir}; returns the number of quads loaded. */
    public static long into(Path dir, List<Path> dumps, Consumer<String> progress) {
        boolean existed = Files.exists(dir);
        requireNew(dir);
        for (Path dump : dumps)
            if (!Files.isRegularFile(dump))
                throw new StoreException("no dump at " + dump);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> progress.accept(String.format(fmt, args)));
        try {
            loader.startBulk();
            loader.load(dumps.stream().map(Path::toString).toList());
            loader.finishBulk();
            return loader.countQuads() + loader.countTriples();
        } catch (RuntimeException e) {
            loader.finishException(e);
            TDBInternal.expel(dsg);   // releases the files before they are removed
            delete(dir, existed);
            throw new StoreException("restore failed, nothing was kept: " + e.getMessage(), e);
        }
    }

    /** A bulk load goes into a new dataset only: {@code dir} must not exist, or be an empty folder. */
    static void requireNew(Path dir) {
        if (!Files.exists(dir))
            return;
        if (!Files.isDirectory(dir))
            throw new StoreException("a bulk load goes into a new dataset; " + dir + " is a file");
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent())
                throw new StoreException("a bulk load goes into a new dataset; " + dir + " is not empty");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a dataset folder this process built, after a failure. */
    static void deleteQuietly(Path dir) {
        delete(dir, false);
    }

    private static void delete(Path dir, boolean keepDir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList())
                if (!keepDir || !p.equals(dir))
                    Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the partial dataset " + dir, e);
        }
    }
}
