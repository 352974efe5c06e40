package org.newskg.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.Fixtures;

class FactsReaderTest {

    @Test
    void readsTheCuratedSeedFacts() {
        ArticleFacts seed = Fixtures.seed();
        assertEquals("000_1c78fd6e59ff975b", seed.article().id());
        assertTrue(seed.article().text().startsWith("Skip to content"), "text comes from the text file");
        assertEquals(64, seed.contentHash().length(), "SHA-256 in hex");
        assertFalse(seed.entities().isEmpty());
        assertTrue(seed.allFacts().allMatch(f -> !f.evidence().isEmpty()), "every fact has evidence");
        // every span's text is the text at its offsets (the reader checked it; the test checks the reader)
        TextOffsets text = new TextOffsets(seed.article().text());
        seed.allFacts().flatMap(f -> f.evidence().stream())
            .forEach(s -> assertEquals(s.text(), text.substring(s.start(), s.end())));
    }

    /** Every fixture under facts/invalid is refused with its JSON path and a message that says why. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFixtures")
    void refusesInvalidFilesNamingFileAndPath(String file, String path, String words) {
        Path fixture = Fixtures.INVALID.resolve(file);
        FactsException e = assertThrows(FactsException.class, () -> FactsReader.standard().read(fixture));
        assertEquals(fixture.toString(), e.file());
        assertTrue(e.getMessage().startsWith(fixture.toString() + ": "), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.jsonPath().equals(path) && p.message().contains(words)),
                   "expected " + path + " with '" + words + "', got:\n" + e.getMessage());
    }

    static Stream<Arguments> invalidFixtures() throws IOException {
        return Files.readAllLines(Fixtures.INVALID.resolve("manifest.tsv")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(cols -> Arguments.of(cols[0], cols[1], cols[2]));
    }

    @Test
    void everyInvalidFixtureIsInTheManifest() throws IOException {
        List<String> listed = invalidFixtures().map(a -> (String) a.get()[0]).toList();
        try (Stream<Path> files = Files.list(Fixtures.INVALID)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".facts.json"))
                 .forEach(n -> assertTrue(listed.contains(n), n + " has no line in manifest.tsv"));
        }
    }

    @Test
    void contentHashChangesWithTheText(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("a.facts.json");
        Files.writeString(facts, Files.readString(Fixtures.SEED));
        Files.copy(Fixtures.ARTICLES.resolve("000_1c78fd6e59ff975b.txt"), dir.resolve("000_1c78fd6e59ff975b.txt"));
        String before = FactsReader.standard().read(facts).contentHash();
        assertEquals(Fixtures.seed().contentHash(), before, "same bytes, same hash");
        Files.writeString(dir.resolve("000_1c78fd6e59ff975b.txt"), "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(before, FactsReader.standard().read(facts).contentHash());
    }

    @Test
    void missingTextFileIsReportedAtItsField(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("a.facts.json");
        Files.writeString(facts, Files.readString(Fixtures.SEED));
        FactsException e = assertThrows(FactsException.class, () -> FactsReader.standard().read(facts));
        assertEquals("$.article.textFile", e.problems().get(0).jsonPath());
    }

    @Test
    void aHundredMegabyteFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.facts.json");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);   // sparse: no 100 MB written to disk
        }
        FactsException e = assertThrows(FactsException.class, () -> FactsReader.standard().read(big));
        assertTrue(e.getMessage().contains("file too large: 104857600 bytes"), e.getMessage());
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() throws Exception {
        String text = "\uD83C\uDDF7\uD83C\uDDFA Russia denied it.";   // a flag emoji: 2 code points, 4 UTF-16 units
        int start = text.codePointCount(0, text.indexOf("Russia"));
        String json = """
                {"format": "newskg-facts/1.0",
                 "article": {"id": "emoji", "language": "en", "text": "%s"},
                 "entities": [{"id": "russia", "type": "State", "name": "Russia",
                               "mentions": [{"start": %d, "end": %d, "text": "Russia"}]}]}
                """.formatted(text, start, start + 6);
        ArticleFacts facts = FactsReader.standard().read("emoji.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, facts.entities().get(0).mentions().get(0).start());
    }
}
