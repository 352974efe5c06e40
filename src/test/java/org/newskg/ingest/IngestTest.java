package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.ArticleExtractor;
import org.newskg.store.ArticleMapping;
import org.newskg.store.ArticleTarget;
import org.newskg.store.LoadResult;
import org.newskg.store.MappedArticle;
import org.newskg.store.StoreException;

/**
 * The group commit of {@link Ingest}, against a target that records its batches and can be
 * made slow or failing (the real stores' batches are tested in the store package).
 */
class IngestTest {
    private static ArticleExtractor extractor;

    @BeforeAll
    static void models() {
        extractor = ArticleExtractor.create().build();
    }

    /** Records each batch; sleeps per batch to play a slow disk; fails on batch number {@code failAt}. */
    private static final class RecordingTarget implements ArticleTarget {
        final List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
        final List<String> written = Collections.synchronizedList(new ArrayList<>());
        private final ArticleMapping mapping = ArticleMapping.standard();
        private final long millisPerBatch;
        private final int failAt;

        RecordingTarget(long millisPerBatch, int failAt) {
            this.millisPerBatch = millisPerBatch;
            this.failAt = failAt;
        }

        @Override
        public ArticleMapping mapping() {
            return mapping;
        }

        @Override
        public void loadOntology() {}

        @Override
        public LoadResult write(MappedArticle article) {
            return writeAll(List.of(article)).get(0);
        }

        @Override
        public List<LoadResult> writeAll(List<MappedArticle> articles) {
            if (batches.size() == failAt)
                throw new StoreException("disk full");
            try {
                Thread.sleep(millisPerBatch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            batches.add(articles.size());
            articles.forEach(a -> written.add(a.id()));
            return articles.stream().map(a -> new LoadResult(a.id(), LoadResult.Outcome.ADDED, 1)).toList();
        }
    }

    private static Path articles(Path dir, int n) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++)
            b.append(String.format("{\"id\": \"a%03d\", \"text\": \"Russia accused Ukraine of breaking the ceasefire on day %d.\"}%n", i, i));
        return Files.writeString(dir.resolve("feed.jsonl"), b.toString());
    }

    private static Ingest ingest(int batch) {
        return Ingest.create().extractor(extractor).reader(RawArticleReader.create().detectLanguage(false)).threads(2).batch(batch);
    }

    @Test
    @Timeout(120)
    void batchesGrowUpToTheCapWhenTheWriterIsSlowAndKeepTheInputOrder(@TempDir Path dir) throws Exception {
        RecordingTarget slow = new RecordingTarget(300, -1);
        List<String> reported = new ArrayList<>();
        Ingest.Summary s = ingest(8).into(slow).run(List.of(articles(dir, 40)), r -> reported.add(r.articleId()), o -> { });
        assertEquals(40, s.loaded());
        assertEquals(40, slow.batches.stream().mapToInt(Integer::intValue).sum());
        assertEquals(8, slow.batches.stream().mapToInt(Integer::intValue).max().orElse(0),
                     "while a commit takes 300 ms, extraction gathers a full batch: " + slow.batches);
        assertTrue(slow.batches.size() < 40, "fewer commits than articles: " + slow.batches);
        for (int i = 0; i < 40; i++)
            assertEquals(String.format("a%03d", i), slow.written.get(i));
        assertEquals(slow.written, reported, "each article reported once, after its commit");
    }

    @Test
    @Timeout(120)
    void aFailingCommitStopsTheRunAndOnlyCommittedArticlesAreReported(@TempDir Path dir) throws Exception {
        RecordingTarget failing = new RecordingTarget(100, 2);
        List<String> reported = new ArrayList<>();
        StoreException e = assertThrows(StoreException.class,
                () -> ingest(5).into(failing).run(List.of(articles(dir, 60)), r -> reported.add(r.articleId()), o -> { }));
        assertEquals("disk full", e.getMessage());
        assertEquals(2, failing.batches.size());
        assertEquals(failing.written, reported, "what was reported loaded is exactly what was committed");
        assertTrue(reported.size() <= 10 && !reported.isEmpty(), reported.toString());
    }
}
