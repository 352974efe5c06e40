package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Fixtures;
import org.newskg.extract.ArticleExtractor;
import org.newskg.store.ArticleStore;
import org.newskg.store.BulkStore;
import org.newskg.store.EndpointStore;
import org.newskg.store.StoreException;

/**
 * Ingest's answers to the robustness probes of issue 17: one clear line naming the input or
 * the server, instead of a silent replacement, a raw trace or hours of work before a failure.
 */
class IngestRobustnessTest {
    private static ArticleExtractor extractor;

    @BeforeAll
    static void models() {
        extractor = ArticleExtractor.create().build();
    }

    @Test
    @Timeout(120)
    void anArticleOverTheQuadBoundIsRefusedNamingItsFile(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "Russia accused Ukraine of breaking the ceasefire on Monday.\n");
        List<IngestPipeline.Outcome> refused = new ArrayList<>();
        Ingest.Summary s = Ingest.create().extractor(extractor).reader(RawArticleReader.create().detectLanguage(false))
                .threads(1).maxQuads(10).into(ArticleStore.open(dir.resolve("data")))
                .run(List.of(big), r -> { }, refused::add);
        assertEquals(0, s.loaded());
        assertEquals(1, s.refused());
        String message = refused.get(0).message();
        assertTrue(message.contains(big.toString()) && message.contains("over the limit of 10 per article (--max-quads)"), message);
    }

    @Test
    @Timeout(120)
    void aFileOfTheSameNameInAnotherFolderIsRefusedNamingBothInsteadOfReplacing(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(Files.createDirectories(dir.resolve("april")).resolve("report.txt"),
                                       "Russia accused Ukraine of breaking the ceasefire on Monday.\n");
        Path second = Files.writeString(Files.createDirectories(dir.resolve("may")).resolve("report.txt"),
                                        "France and Germany signed a trade agreement in Berlin on Tuesday.\n");
        Path data = dir.resolve("data");
        Ingest.Summary one = ingestInto(data).run(List.of(first), r -> { }, o -> { });
        assertEquals(1, one.loaded());

        List<IngestPipeline.Outcome> refused = new ArrayList<>();
        Ingest.Summary two = ingestInto(data).run(List.of(second), r -> { }, refused::add);
        assertEquals(0, two.loaded(), "nothing replaced");
        assertEquals(1, two.refused());
        String message = refused.get(0).message();
        assertTrue(message.startsWith(second.toString()) && message.contains("is stored from " + first.toAbsolutePath()), message);
        String hash = ExtractedArticles.contentHash(extractor, RawArticleReader.create().detectLanguage(false).read(first).get(0));
        assertTrue(ArticleStore.open(data).isLoaded("report", hash), "the first file's article is still the one stored");

        // the first file gone (moved, renamed): the second replaces the article as before
        Files.delete(first);
        assertEquals(1, ingestInto(data).run(List.of(second), r -> { }, o -> { }).loaded());
    }

    private static Ingest ingestInto(Path data) {
        return Ingest.create().extractor(extractor).reader(RawArticleReader.create().detectLanguage(false)).threads(1)
                .sources(ArticleSources.beside(data)).into(ArticleStore.open(data));
    }

    @Test
    @Timeout(120)
    void aLongSingleArticleShowsThatWorkGoesOnNamingItsFile(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 600; i++)
            text.append("Russia accused Ukraine of breaking the ceasefire near town ").append(i).append(" on Monday. ");
        Path longOne = Files.writeString(dir.resolve("long.txt"), text + "\n");
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        Ingest.create().extractor(extractor).reader(RawArticleReader.create().detectLanguage(false)).threads(1)
                .maxQuads(Long.MAX_VALUE).stillWorking(java.time.Duration.ofMillis(100), lines::add)
                .into(ArticleStore.open(dir.resolve("data"))).run(List.of(longOne), r -> { }, o -> { });
        assertTrue(!lines.isEmpty() && lines.get(0).startsWith("still working on " + longOne), String.valueOf(lines));
    }

    @Test
    void aSecondBulkLoadIntoTheSameFolderStopsAtOnce(@TempDir Path dir) {
        Path data = dir.resolve("data");
        try (BulkStore first = BulkStore.create(data)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> BulkStore.create(data));
            assertTrue(e.getMessage().contains("another ingest --bulk is building " + data), e.getMessage());
        }
        BulkStore.create(data).close(); // free again once the first is closed
    }

    @Test
    @Timeout(60)
    void aServerThatIsNotRunningIsSaidToBeUnreachable() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        EndpointStore store = new EndpointStore("http://127.0.0.1:" + port + "/newskg", "admin", "pw");
        StoreException e = assertThrows(StoreException.class, () -> store.load(Fixtures.seed()));
        assertTrue(e.getMessage().contains("cannot be reached (connection refused): is it running?"), e.getMessage());
    }

    @Test
    @Timeout(120)
    void anArticleThatIsNotEnglishIsSkippedNamingItsFile(@TempDir Path dir) throws Exception {
        Path french = Files.writeString(dir.resolve("french.txt"),
                "La Russie a accusé l'Ukraine d'avoir rompu le cessez-le-feu lundi, selon le ministère des affaires étrangères.\n");
        List<IngestPipeline.Outcome> skipped = new ArrayList<>();
        Ingest.create().extractor(extractor).threads(1).into(ArticleStore.open(dir.resolve("data")))
                .run(List.of(french), r -> { }, skipped::add);
        assertEquals(1, skipped.size());
        assertTrue(skipped.get(0).message().startsWith(french + ": not English"), skipped.get(0).message());
    }
}
