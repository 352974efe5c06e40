package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.facts.FactsReader;
import org.newskg.store.ArticleStore;

/** {@code extract} and {@code ingest} on good and bad input, into real files and a real TDB2 dataset. */
class ExtractIngestCommandTest {
    static final Path ARTICLES = Path.of("src/test/resources/extract/articles");

    /** A folder with the two good test articles and one bad file of the given kind. */
    private static Path batchWith(Path dir, String badName, byte[] bad) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(ARTICLES.resolve("visit.txt"), in.resolve("visit.txt"));
        Files.copy(ARTICLES.resolve("border.md"), in.resolve("border.md"));
        if (badName != null)
            Files.write(in.resolve(badName), bad);
        return in;
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void extractWritesOneValidFactsFilePerArticle(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("facts");
        CliRun run = CliRun.of("extract", "-o", out.toString(), batchWith(dir, null, null).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(out.resolve("border.facts.json"), out.resolve("visit.facts.json")), list(out));
        for (Path f : list(out))
            FactsReader.standard().read(f);
    }

    @Test
    void anArticleNamingNoOneStillGivesAValidFactsFile(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("weather.txt"), "It rained all day in the valley, and the river rose by a metre overnight.");
        Path out = dir.resolve("facts");
        assertEquals(0, CliRun.of("extract", "-o", out.toString(), in.toString()).exitCode());
        assertTrue(FactsReader.standard().read(out.resolve("weather.facts.json")).entities().isEmpty());
    }

    @Test
    void aSingleArticleGoesToStandardOutput() {
        CliRun run = CliRun.of("extract", ARTICLES.resolve("visit.txt").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"format\" : \"newskg-facts/1.0\""), run.out());
    }

    @Test
    void badFilesAreNamedAndTheRestIsWritten(@TempDir Path dir) throws Exception {
        Path in = batchWith(dir, "binary.txt", new byte[] { 'a', 0, 1, 2, 0, 3 });
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 talks in Paris".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("page.html"), "<html><head><script>track()</script></head><body><nav><a href='/'>Home</a></nav>"
                + "<footer>Cookies</footer></body></html>");
        Path out = dir.resolve("facts");
        CliRun run = CliRun.of("extract", "-o", out.toString(), in.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("binary.txt: binary file, not text"), run.err());
        assertTrue(run.err().contains("latin1.txt: not UTF-8: invalid byte 0xE9 at offset 3"), run.err());
        assertTrue(run.err().contains("empty.txt: empty: no article text"), run.err());
        assertTrue(run.err().contains("page.html: no article text in the page"), run.err());
        assertEquals(List.of(out.resolve("border.facts.json"), out.resolve("visit.facts.json")), list(out),
                     "the good articles are written, nothing half-written beside them");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        CliRun run = CliRun.of("extract", "-o", dir.resolve("facts").toString(), big.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("big.txt: too large: 52428800 bytes, over the limit of 10485760 bytes"), run.err());
    }

    @Test
    void anArticleNotInEnglishIsSkippedWithAWarning(@TempDir Path dir) throws Exception {
        Path in = batchWith(dir, "french.txt", ("Le président de la République a reçu hier à l'Élysée son homologue allemand pour "
                + "des entretiens sur la défense européenne et le soutien à l'Ukraine. Les deux dirigeants ont signé une "
                + "déclaration commune.").getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("facts");
        CliRun run = CliRun.of("extract", "-o", out.toString(), in.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("french.txt: not English (detected language: fr); skipped")
                   || run.err().contains("not English (detected language: fr)"), run.err());
        assertEquals(2, list(out).size());
    }

    @Test
    void theBulkPathBuildsTheSameDatasetAsTheIncrementalOneAndOnlyANewOne(@TempDir Path dir) throws Exception {
        Path in = batchWith(dir, null, null);
        CliRun bulk = CliRun.of("ingest", "--bulk", "--data", dir.resolve("bulk").toString(), in.toString());
        assertEquals(0, bulk.exitCode(), bulk.err());
        // in transactions of at most two articles (how many each holds is up to the group commit)
        CliRun incremental = CliRun.of("ingest", "--batch", "2", "--data", dir.resolve("incremental").toString(), in.toString());
        assertEquals(0, incremental.exitCode(), incremental.err());
        var bulkData = ArticleStore.open(dir.resolve("bulk")).datasetGraph();
        var incrementalData = ArticleStore.open(dir.resolve("incremental")).datasetGraph();
        assertTrue(org.apache.jena.system.Txn.calculateRead(bulkData, () -> org.apache.jena.system.Txn.calculateRead(incrementalData,
                () -> org.apache.jena.sparql.util.IsoMatcher.isomorphic(bulkData, incrementalData))),
                   "the two paths give the same dataset (the ontology's lists are blank nodes, so compared as graphs)");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("-bulk-")), "the staging file is removed");
        }
        CliRun again = CliRun.of("ingest", "--bulk", "--data", dir.resolve("bulk").toString(), in.toString());
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("a bulk load goes into a new dataset"), again.err());
        CliRun noBatch = CliRun.of("ingest", "--batch", "0", "--data", dir.resolve("none").toString(), in.toString());
        assertEquals(2, noBatch.exitCode(), noBatch.err());
        assertTrue(noBatch.err().contains("--batch must be at least 1"), noBatch.err());
    }

    @Test
    void anArticleChangedSinceItWasIngestedIsReplacedAndCompactionReclaimsTheSpace(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("db");
        Path in = batchWith(dir, null, null);
        assertEquals(0, CliRun.of("ingest", "--data", data.toString(), in.toString()).exitCode());
        Files.writeString(in.resolve("visit.txt"), Files.readString(in.resolve("visit.txt")).replace("friendly", "cordial"));
        CliRun hint = CliRun.of("ingest", "--data", data.toString(), in.toString());
        assertEquals(0, hint.exitCode(), hint.err());
        assertTrue(hint.err().contains("1 article(s) loaded") && hint.err().contains("1 article(s) replaced"), hint.err());
        Files.writeString(in.resolve("visit.txt"), Files.readString(in.resolve("visit.txt")).replace("cordial", "warm"));
        CliRun compacted = CliRun.of("ingest", "--compact", "--data", data.toString(), in.toString());
        assertEquals(0, compacted.exitCode(), compacted.err());
        assertTrue(compacted.err().contains("newskg: compacted"), compacted.err());
        assertEquals(2, ArticleStore.open(data).articleCount());
    }

    @Test
    void ingestLoadsSkipsWhatIsLoadedAndRefusesBadInputWithoutTouchingTheRest(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("db");
        Path in = batchWith(dir, "binary.txt", new byte[] { 0, 0, 0 });
        Path rejects = dir.resolve("rejects.tsv");
        CliRun first = CliRun.of("ingest", "--data", data.toString(), "--rejects", rejects.toString(), in.toString());
        assertEquals(1, first.exitCode(), first.err());
        assertTrue(first.err().contains("2 article(s) loaded"), first.err());
        assertTrue(Files.readString(rejects).contains("binary.txt"), Files.readString(rejects));

        Files.delete(in.resolve("binary.txt"));
        CliRun again = CliRun.of("ingest", "--data", data.toString(), in.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("0 article(s) loaded") && again.err().contains("2 skipped"), again.err());
        ArticleStore store = ArticleStore.open(data);
        assertEquals(2, store.articleCount());
        assertFalse(again.err().contains("Exception"), again.err());
    }
}
