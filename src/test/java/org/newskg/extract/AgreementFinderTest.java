package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.facts.Agreement;
import org.newskg.facts.ArticleFacts;

/** Agreements and their parties: sentence cases in {@code extract/cases/agreements.tsv}. */
class AgreementFinderTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() throws Exception {
        return SentenceCases.read("agreements.tsv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTypeAndParties(String text, String expected) throws Exception {
        ArticleFacts f = SentenceCases.extract(text, dir);
        Function<String, String> name = SentenceCases.names(f);
        Set<String> found = new TreeSet<>();
        for (Agreement a : f.agreements())
            found.add(a.type() + ": " + String.join(", ", new TreeSet<>(a.parties().stream().map(name).toList())));
        Set<String> want = new TreeSet<>();
        for (String e : SentenceCases.expected(expected)) {
            int colon = e.indexOf(':');
            want.add(e.substring(0, colon + 1) + " " + String.join(", ", new TreeSet<>(java.util.List.of(e.substring(colon + 1).strip().split(",\\s*")))));
        }
        assertEquals(want, found);
    }
}
