package org.newskg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.store.LoadResult.Outcome;

/**
 * The bulk path into a new dataset: articles are checked and mapped as for
 * {@link ArticleStore}, their quads streamed to a gzipped N-Quads file, and the file loaded at the end
 * by Jena's own TDB2 parallel loader ({@link Restore}). Much faster than one transaction per
 * article for a large first load, and as safe: until {@link #finish} the dataset location is
 * untouched, and a failed load leaves nothing behind.
 *
 * <pre>
 *   try (BulkStore bulk = BulkStore.create(Path.of("data"))) {
 *       articles.forEach(bulk::load);
 *       bulk.finish(System.err::println);
 *   }
 * </pre>
 */
public final class BulkStore implements ArticleTarget, AutoCloseable {
    private final Path location;
    private final Path nquads;
    private final OutputStream out;
    private final StreamRDF writer;
    private final ArticleMapping mapping = ArticleMapping.standard();
    private boolean ontologyWritten;
    private boolean finished;
    /** Held from create to close: one bulk load per dataset folder. */
    private BuildLock lock;
    /** Removes the staging file if the JVM is stopped (Ctrl-C) before the load is finished or closed. */
    private final Thread cleanUp;

    private BulkStore(Path location, Path nquads) throws IOException {
        this.location = location;
        this.nquads = nquads;
        OutputStream file = Files.newOutputStream(nquads);
        try {
            this.out = new BufferedOutputStream(gzip(file), 1 << 16);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
        this.writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
        this.cleanUp = new Thread(() -> nquads.toFile().delete(), "newskg-bulk-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        writer.start();
    }

    /**
     * The staging file is compressed, at the fastest level: N-Quads of news repeat long IRIs and
     * shrink sixteenfold (544 MB to 34 MB for 10,000 synthetic articles), so a large load needs
     * room for its dataset, not for its dataset and the quads again. The loader reads it back by
     * its .gz name; on 10,000 articles the run took no longer than with a plain file.
     */
    private static OutputStream gzip(OutputStream file) throws IOException {
        return new GZIPOutputStream(file, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    /** A bulk load into {@code dir}, which must not exist or be empty; quads are staged in a file beside it. */
    public static BulkStore create(Path dir) {
        BuildLock lock = BuildLock.acquire(dir);
        Path staging = null;
        try {
            Restore.requireNew(dir);
            Path parent = dir.toAbsolutePath().getParent();
            staging = Files.createTempFile(parent, "." + dir.getFileName() + "-bulk-", ".nq.gz");
            BulkStore store = new BulkStore(dir, staging);
            store.lock = lock;
            return store;
        } catch (IOException e) {
            if (staging != null)
                staging.toFile().delete();
            lock.close();
            throw new UncheckedIOException("cannot create the bulk load's staging file beside " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    @Override
    public ArticleMapping mapping() {
        return mapping;
    }

    @Override
    public void loadOntology() {
        if (ontologyWritten)
            return;
        ontologyWritten = true;
        mapping.ontologyQuads().forEachRemaining(writer::quad);
    }

    /** Stages the article's quads, if it fits the shapes; nothing reaches the dataset before {@link #finish}. */
    @Override
    public LoadResult write(MappedArticle article) {
        DatasetGraph staged = article.requireConforming().quads();
        long quads = 0;
        for (var it = staged.find(); it.hasNext(); quads++)
            writer.quad(it.next());
        return new LoadResult(article.id(), Outcome.ADDED, quads);
    }

    /** Loads the staged quads with the parallel loader and closes part-of links; returns the quads in the dataset. */
    public long finish(Consumer<String> progress) {
        finished = true;   // whatever happens next, close() has nothing left to do
        try {
            try {
                loadOntology();
            } finally {
                closeWriter();
            }
            // the part-of closure is part of the load: done before the dataset is moved into place
            return Restore.into(location, List.of(nquads), progress, built -> ArticleStore.open(built).closeEntities());
        } finally {
            deleteStaging();
        }
    }

    private void closeWriter() {
        try {
            writer.finish();
        } finally {
            closeStream();
        }
    }

    private void closeStream() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the staging file " + nquads + ": " + e.getMessage(), e);
        }
    }

    private void deleteStaging() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it deletes the file
        }
        try {
            Files.deleteIfExists(nquads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staging file " + nquads, e);
        }
    }

    /** Without {@link #finish}: the staged quads are dropped, the dataset location was never touched. */
    @Override
    public void close() {
        try {
            if (!finished) {
                try {
                    closeWriter();
                } finally {
                    deleteStaging();
                }
            }
        } finally {
            lock.close();
        }
    }
}
