package org.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.store.ArticleStore;
import org.newskg.store.Restore;

/**
 * The bulk load beside its limit on the same N-Quads file: TDB2's parallel loader called
 * alone, and newskg's bulk path ({@link Restore}, which checks the target and cleans up on
 * failure, and the part-of closure after it), each into a new dataset.
 */
public final class LoadBench {
    public record Result(long quads, double loaderSeconds, double newskgSeconds) {
        public double ratio() {
            return loaderSeconds / newskgSeconds;
        }

        public String markdown() {
            return String.format(Locale.ROOT, """
                    | load | seconds | quads/s | ratio to the loader alone |
                    |---|---:|---:|---:|
                    | TDB2 parallel loader alone (the limit) | %.1f | %.0f | 1.000 |
                    | newskg bulk path (restore + part-of closure) | %.1f | %.0f | %.3f |
                    """, loaderSeconds, quads / loaderSeconds, newskgSeconds, quads / newskgSeconds, ratio());
        }
    }

    private LoadBench() {}

    /**
     * Loads {@code nquads} into fresh folders under {@code work} (removed afterwards): once to
     * warm the JIT and the file cache, then the loader alone and newskg's path in turn, twice
     * each; each side's time is the mean of its two runs.
     */
    public static Result run(Path nquads, Path work) throws IOException {
        loaderAlone(nquads, work.resolve("warm-up"));
        double alone = 0, ours = 0;
        long quads = 0;
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            quads = loaderAlone(nquads, work.resolve("loader-alone"));
            alone += (System.nanoTime() - start) / 1e9 / 2;
            start = System.nanoTime();
            newskgBulk(nquads, work.resolve("newskg-bulk"));
            ours += (System.nanoTime() - start) / 1e9 / 2;
        }
        return new Result(quads, alone, ours);
    }

    private static long loaderAlone(Path nquads, Path dir) {
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });   // as silent as our path here
            loader.startBulk();
            loader.load(nquads.toString());
            loader.finishBulk();
            long quads = loader.countQuads() + loader.countTriples();
            TDBInternal.expel(dsg);
            return quads;
        } finally {
            delete(dir);
        }
    }

    private static void newskgBulk(Path nquads, Path dir) {
        try {
            Restore.into(dir, List.of(nquads), line -> { }, built -> ArticleStore.open(built).closeEntities());
            TDBInternal.expel(ArticleStore.connect(dir));
        } finally {
            delete(dir);
        }
    }

    /** Removes a folder and everything in it, if it exists. */
    static void delete(Path dir) {
        if (!Files.exists(dir))
            return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
