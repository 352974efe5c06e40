package org.newskg.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.params.provider.Arguments;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Entity;
import org.newskg.ingest.ExtractedArticles;
import org.newskg.ingest.RawArticleReader;

/**
 * Sentence cases for the finders: a tab-separated file under {@code extract/cases} of a short
 * text and what the finder should find in it, each text extracted as an article of its own.
 */
final class SentenceCases {
    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.create().build();

    private SentenceCases() {}

    /** The cases of a file: text and expected facts, one argument pair a line. */
    static List<Arguments> read(String name) throws IOException {
        List<Arguments> cases = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/extract/cases", name), StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] cols = line.split("\t");
            if (cols.length != 2)
                throw new IllegalStateException(name + ":" + n + ": expected text<TAB>facts");
            cases.add(Arguments.of(cols[0], cols[1]));
        }
        return cases;
    }

    /** The expected facts of a case as a sorted set; "-" is none. */
    static Set<String> expected(String facts) {
        Set<String> out = new TreeSet<>();
        if (!facts.strip().equals("-"))
            for (String f : facts.split(" ; "))
                out.add(f.strip());
        return out;
    }

    static ArticleFacts extract(String text, Path dir) throws Exception {
        Path file = Files.createTempFile(dir, "case", ".txt");
        Files.writeString(file, "title: A case\ndate: 2024-05-01\n\n" + text + "\n", StandardCharsets.UTF_8);
        return ExtractedArticles.extract(EXTRACTOR, RawArticleReader.create().read(file).get(0));
    }

    static Function<String, String> names(ArticleFacts f) {
        Map<String, String> byId = f.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return id -> byId.getOrDefault(id, id);
    }
}
