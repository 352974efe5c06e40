package org.newskg.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.extract.ArticleExtractor;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.RawArticleReader;
import org.newskg.store.ArticleStore;

/**
 * The incremental path (extract, map, check and write into a live TDB2 dataset) with group
 * commit, beside the same run committing every article alone: the baseline, one durable commit
 * per article. Same articles, same extractor, same threads; each run into a new dataset.
 */
public final class IngestBench {
    public record Result(long articles, int batch, double oneByOneSeconds, double batchedSeconds) {
        public double ratio() {
            return oneByOneSeconds / batchedSeconds;
        }

        public String markdown() {
            return String.format(Locale.ROOT, """
                    | incremental ingest | seconds | articles/s | ratio to one commit per article |
                    |---|---:|---:|---:|
                    | one transaction per article (the baseline) | %.1f | %.1f | 1.000 |
                    | group commit, at most %d articles per transaction | %.1f | %.1f | %.3f |
                    """, oneByOneSeconds, articles / oneByOneSeconds, batch, batchedSeconds, articles / batchedSeconds, ratio());
        }
    }

    private IngestBench() {}

    /**
     * Ingests {@code input} into fresh datasets under {@code work} (removed afterwards): once to
     * warm the JIT and the file cache, then one article per transaction and at most
     * {@code batch} in turn, twice each; each side's time is the mean of its two runs.
     */
    public static Result run(List<Path> input, Path work, ArticleExtractor extractor, RawArticleReader reader, int threads, int batch) {
        Ingest ingest = Ingest.create().extractor(extractor).reader(reader).threads(threads);
        once(ingest.batch(batch), input, work.resolve("warm-up"));
        double single = 0, grouped = 0;
        long articles = 0;
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            articles = once(ingest.batch(1), input, work.resolve("one-by-one"));
            single += (System.nanoTime() - start) / 1e9 / 2;
            start = System.nanoTime();
            once(ingest.batch(batch), input, work.resolve("grouped"));
            grouped += (System.nanoTime() - start) / 1e9 / 2;
        }
        return new Result(articles, batch, single, grouped);
    }

    private static long once(Ingest ingest, List<Path> input, Path dir) {
        ArticleStore store = ArticleStore.open(dir);
        try {
            return ingest.into(store).run(input, r -> { }, o -> { }).loaded();
        } finally {
            TDBInternal.expel(store.datasetGraph());   // releases the files before they are removed
            LoadBench.delete(dir);
        }
    }
}
