package org.newskg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoldReaderTest {
    @Test
    void readsEveryList() throws Exception {
        GoldArticle g = GoldReader.read(EvaluationFixtures.GOLD.resolve("e001.json"));
        assertEquals("e001", g.id());
        assertEquals(10, g.entities().size());
        assertNull(g.entity("United States").orElseThrow().wikidata());
        assertEquals(new GoldArticle.Leader("Kari Solberg", "Norway", "Prime Minister"), g.leaders().get(0));
        assertEquals("Helsinki", g.events().get(0).place());
        assertEquals("Cooperation", g.agreements().get(0).type());
        assertEquals("Russia", g.allegations().get(0).deniedBy());
        assertNull(g.allegations().get(1).deniedBy());
    }

    @Test
    void absentListsAreEmptyAndFilesAreKeyedById(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x2.json"), "{\"entities\": [{\"label\": \"Chad\", \"type\": \"State\", \"wikidata\": \"Q657\"}]}");
        Files.writeString(dir.resolve("x1.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "not gold");
        SortedMap<String, GoldArticle> all = GoldReader.readAll(dir);
        assertEquals(java.util.List.of("x1", "x2"), java.util.List.copyOf(all.keySet()));
        assertTrue(all.get("x1").events().isEmpty());
        assertEquals("Q657", all.get("x2").entities().get(0).wikidata());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
            Arguments.of("{\"entities\": [}",
                         "$", "malformed JSON at line 1"),
            Arguments.of("[]",
                         "$", "expected a JSON object"),
            Arguments.of("{\"entities\": {}}",
                         "$.entities", "expected an array"),
            Arguments.of("{\"entities\": [{\"label\": \"A\", \"type\": \"Country\"}]}",
                         "$.entities[0].type", "unknown entity type 'Country'"),
            Arguments.of("{\"entities\": [{\"label\": \"A\", \"type\": \"State\", \"wikidata\": \"148\"}]}",
                         "$.entities[0].wikidata", "not a Wikidata QID"),
            Arguments.of("{\"entities\": [{\"type\": \"State\"}]}",
                         "$.entities[0].label", "missing"),
            Arguments.of("{\"entities\": [{\"label\": \"A\", \"type\": \"State\"}, {\"label\": \"A\", \"type\": \"Place\"}]}",
                         "$.entities[1].label", "listed twice"),
            Arguments.of("{\"entities\": [{\"label\": \"A\", \"type\": \"State\"}], \"events\": [{\"type\": \"Meeting\", \"participants\": [\"A\", \"B\"]}]}",
                         "$.events[0].participants[1]", "'B' is not the label of an entity"),
            Arguments.of("{\"entities\": [{\"label\": \"A\", \"type\": \"State\"}], \"events\": [{\"type\": \"Talks\", \"participants\": [\"A\"]}]}",
                         "$.events[0].type", "unknown event type 'Talks'"),
            Arguments.of("{\"entities\": [{\"label\": \"A\", \"type\": \"State\"}], \"agreements\": [{\"type\": \"Other\", \"parties\": [\"A\"], \"date\": \"soon\"}]}",
                         "$.agreements[0].date", "not a date"),
            Arguments.of("{\"entities\": [{\"label\": \"A\", \"type\": \"State\"}], \"allegations\": [{\"accuser\": \"A\", \"accused\": 3}]}",
                         "$.allegations[0].accused", "expected a string"),
            Arguments.of("{\"entities\": [{\"label\": \"A\", \"type\": \"State\"}], \"leaders\": [{\"leader\": \"A\", \"state\": \"A\"}]}",
                         "$.leaders[0].office", "missing"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedFileIsRefusedNamingTheFileAndThePath(String json, String path, String message, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.write(f, json.getBytes(StandardCharsets.UTF_8));
        GoldException e = assertThrows(GoldException.class, () -> GoldReader.read(f));
        assertEquals(f.toString(), e.file());
        assertEquals(path, e.jsonPath());
        assertTrue(e.getMessage().startsWith(f + ": " + path + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertThrows(GoldException.class, () -> GoldReader.readAll(dir), "a folder with a bad file");
    }
}
