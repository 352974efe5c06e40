package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Event;
import org.newskg.facts.Statement;

/** Events that took place, with their actors, and statements reported as acts: sentence cases in {@code extract/cases/events.tsv}. */
class EventFinderTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() throws Exception {
        return SentenceCases.read("events.tsv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTypeAndParticipants(String text, String expected) throws Exception {
        ArticleFacts f = SentenceCases.extract(text, dir);
        Function<String, String> name = SentenceCases.names(f);
        Set<String> found = new TreeSet<>();
        for (Event e : f.events())
            if (!Boolean.TRUE.equals(e.planned()))
                found.add(e.type() + ": " + sorted(e.participants().stream().map(p -> name.apply(p.entity())).toList()));
        for (Statement s : f.statements())
            if (s.type().equals("Statement"))
                found.add("Statement: " + sorted(s.speakers().stream().map(name).toList()));
        Set<String> want = new TreeSet<>();
        for (String e : SentenceCases.expected(expected)) {
            int colon = e.indexOf(':');
            want.add(e.substring(0, colon + 1) + " " + sorted(List.of(e.substring(colon + 1).strip().split(",\\s*"))));
        }
        assertEquals(want, found);
    }

    private static String sorted(List<String> names) {
        return String.join(", ", new TreeSet<>(names));
    }
}
