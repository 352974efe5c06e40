package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.facts.Allegation;
import org.newskg.facts.ArticleFacts;

/** Allegations and denials over the grammar of news: sentence cases in {@code extract/cases/allegations.tsv}. */
class AllegationFinderTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() throws Exception {
        return SentenceCases.read("allegations.tsv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsAccuserAccusedAndDenial(String text, String expected) throws Exception {
        ArticleFacts f = SentenceCases.extract(text, dir);
        Function<String, String> name = SentenceCases.names(f);
        Set<String> found = new TreeSet<>();
        for (Allegation a : f.allegations())
            for (String accuser : a.accusers())
                for (String accused : a.accused())
                    found.add(name.apply(accuser) + " -> " + name.apply(accused)
                              + (a.denials().isEmpty() ? "" : " denied by " + name.apply(a.denials().get(0).by().get(0))));
        assertEquals(SentenceCases.expected(expected), found);
    }

    @Test
    void aFrameRowWithAnUnknownRoleNamesItsFileAndLine(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("allegations.tsv"), "# pattern\tform\tsubject\tobject\tprepositions\tconfidence\n"
                                                            + "accused\tverb\taccuser\tvictim\tof=act\t0.7\n");
        Exception e = assertThrows(RuntimeException.class, () -> Rules.load(rules));
        assertTrue(e.getMessage().contains("allegations.tsv:2") && e.getMessage().contains("victim"), e.getMessage());
    }
}
