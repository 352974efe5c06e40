package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.ArticleExtractor;
import org.newskg.facts.ArticleFacts;

/** The streaming pipeline: order, and what happens when a stage beyond the article fails. */
class IngestPipelineTest {
    static ArticleExtractor extractor;

    @BeforeAll
    static void extractor() {
        extractor = ArticleExtractor.create().build();
    }

    private static Path articles(Path dir, int n) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++)
            b.append(String.format("{\"id\": \"a%03d\", \"text\": \"Russia accused Ukraine of breaking the ceasefire on day %d.\"}%n", i, i));
        return Files.writeString(dir.resolve("feed.jsonl"), b.toString());
    }

    @Test
    void factsReachTheSinkInInputOrder(@TempDir Path dir) throws Exception {
        List<String> ids = new ArrayList<>();
        IngestPipeline.create(extractor).threads(2).reader(RawArticleReader.create().detectLanguage(false))
                .run(List.of(articles(dir, 30)), f -> ids.add(f.article().id()), o -> { });
        assertEquals(30, ids.size());
        for (int i = 0; i < 30; i++)
            assertEquals(String.format("a%03d", i), ids.get(i));
    }

    @Test
    @Timeout(120)   // a guard against the hang this test is about, not a measure of speed
    void aFailingSinkStopsTheRunWithItsErrorInsteadOfHanging(@TempDir Path dir) throws Exception {
        AtomicInteger sunk = new AtomicInteger();
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                IngestPipeline.create(extractor).threads(1).reader(RawArticleReader.create().detectLanguage(false))
                        .run(List.of(articles(dir, 200)), f -> {
                            if (sunk.incrementAndGet() == 3)
                                throw new IllegalStateException("disk full");
                        }, o -> { }));
        assertEquals("disk full", e.getMessage());
        assertEquals(3, sunk.get(), "nothing is written after the failure");
    }

    @Test
    @Timeout(120)
    void aFailingStoreCheckIsReportedNotSwallowed(@TempDir Path dir) throws Exception {
        List<ArticleFacts> sunk = new ArrayList<>();
        AtomicInteger checked = new AtomicInteger();
        RuntimeException e = assertThrows(RuntimeException.class, () ->
                IngestPipeline.create(extractor).threads(1).reader(RawArticleReader.create().detectLanguage(false))
                        .skipWhen((id, hash) -> {
                            if (checked.incrementAndGet() == 3)
                                throw new IllegalStateException("store unreadable");
                            return false;
                        })
                        .run(List.of(articles(dir, 10)), sunk::add, o -> { }));
        assertTrue(e.getMessage().contains("store unreadable"), e.getMessage());
        assertEquals(2, sunk.size());
    }

    @Test
    void aFurtherStageRunsOnTheExtractionThreadsAndItsFailureRefusesOnlyThatArticle(@TempDir Path dir) throws Exception {
        List<String> sunk = new ArrayList<>();
        List<String> stageThreads = java.util.Collections.synchronizedList(new ArrayList<>());
        List<IngestPipeline.Outcome> others = new ArrayList<>();
        IngestPipeline.create(extractor).threads(2).reader(RawArticleReader.create().detectLanguage(false))
                .then(f -> {
                    stageThreads.add(Thread.currentThread().getName());
                    if (f.article().id().equals("a003"))
                        throw new IllegalArgumentException("breaks the shapes");
                    return f.article().id().toUpperCase();
                })
                .run(List.of(articles(dir, 8)), id -> {
                    assertEquals("newskg-sink", Thread.currentThread().getName());
                    sunk.add(id);
                }, others::add);
        assertEquals(List.of("A000", "A001", "A002", "A004", "A005", "A006", "A007"), sunk);
        assertEquals(8, stageThreads.size());
        assertTrue(stageThreads.stream().allMatch("newskg-extract"::equals), stageThreads.toString());
        assertEquals(1, others.size());
        assertEquals(IngestPipeline.Outcome.Kind.REFUSED, others.get(0).kind());
        assertEquals("a003", others.get(0).articleId());
        assertTrue(others.get(0).message().endsWith(": breaks the shapes"), others.get(0).message());
    }

    @Test
    void theIdleHookRunsOnTheSinkThreadAndLastAtTheEndSoNothingGatheredIsLeftBehind(@TempDir Path dir) throws Exception {
        List<String> pending = new ArrayList<>();
        List<String> written = new ArrayList<>();
        List<Integer> batches = new ArrayList<>();
        IngestPipeline.create(extractor).threads(2).reader(RawArticleReader.create().detectLanguage(false))
                .whenIdle(() -> {
                    assertEquals("newskg-sink", Thread.currentThread().getName());
                    if (!pending.isEmpty()) {
                        batches.add(pending.size());
                        written.addAll(pending);
                        pending.clear();
                    }
                })
                .run(List.of(articles(dir, 40)), f -> pending.add(f.article().id()), o -> { });
        assertTrue(pending.isEmpty(), "flushed at the end: " + pending);
        assertEquals(40, written.size());
        for (int i = 0; i < 40; i++)
            assertEquals(String.format("a%03d", i), written.get(i));
        assertEquals(40, batches.stream().mapToInt(Integer::intValue).sum());
    }
}
