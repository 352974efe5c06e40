package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * loader, the parallel one. Only into a new, empty location, and never half: the loader
 * builds the dataset in a hidden folder beside it, which is moved into place (one rename) only
 * once complete. A load that fails removes its folder; a process killed half-way leaves the
 * location as it was, and at most the hidden folder (removed too if the JVM is stopped by a
 * signal it can handle).
 */
public final class Restore {
    private Restore() {}

    /** Loads {@code dumps} into a new dataset at {@code dir}; returns the number of quads loaded. */
    public static long into(Path dir, List<Path> dumps, Consumer<String> progress) {
        return into(dir, dumps, progress, built -> { });
    }

    /**
     * Loads {@code dumps} into a new dataset at {@code dir}, running {@code finishing} on the
     * built dataset's folder before it is moved into place (work that must be done before the
     * dataset counts as loaded); returns the number of quads loaded.
     */
    public static long into(Path dir, List<Path> dumps, Consumer<String> progress, Consumer<Path> finishing) {
        requireNew(dir);
        for (Path dump : dumps)
            if (!Files.isRegularFile(dump))
                throw new StoreException("no dump at " + dump);
        Path building;
        try {
            Path parent = dir.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            building = Files.createTempDirectory(parent, "." + dir.getFileName() + "-building-");
        } catch (IOException e) {
            throw new StoreException("cannot create a folder beside " + dir + " to build the dataset in: " + e.getMessage(), e);
        }
        Thread cleanUp = new Thread(() -> deleteIfPossible(building), "newskg-restore-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(building.toString());
        try {
            long quads = load(dsg, dumps, progress);
            finishing.accept(building);
            TDBInternal.expel(dsg);   // releases the files before they move
            moveIntoPlace(building, dir);
            return quads;
        } catch (RuntimeException e) {
            TDBInternal.expel(dsg);   // releases the files before they are removed
            deleteIfPossible(building);
            throw new StoreException("the bulk load into " + dir + " failed, nothing was kept: " + e.getMessage(), e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it removes the folder
            }
        }
    }

    private static long load(DatasetGraph dsg, List<Path> dumps, Consumer<String> progress) {
        DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> progress.accept(String.format(fmt, args)));
        try {
            loader.startBulk();
            loader.load(dumps.stream().map(Path::toString).toList());
            loader.finishBulk();
            return loader.countQuads() + loader.countTriples();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    /** One rename: onto {@code dir} if it is absent or an empty folder (which POSIX rename replaces). */
    private static void moveIntoPlace(Path built, Path dir) {
        try {
            Files.move(built, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the built dataset " + built + " to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteIfPossible(Path dir) {
        try {
            if (Files.exists(dir))
                delete(dir);
        } catch (UncheckedIOException e) {
            System.err.println("newskg: could not remove " + dir + ": " + e.getMessage());
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

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the partial dataset " + dir, e);
        }
    }
}
