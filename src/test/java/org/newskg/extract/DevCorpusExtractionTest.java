package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.evaluate.Corpus;
import org.newskg.evaluate.Evaluation;
import org.newskg.evaluate.EvaluationResult;
import org.newskg.evaluate.Kind;
import org.newskg.evaluate.Score;
import org.newskg.facts.ArticleFacts;
import org.newskg.ingest.ExtractedArticles;
import org.newskg.ingest.RawArticleReader;
import org.newskg.link.Gazetteer;

/**
 * Extraction scored on both development folders beside the repository (skipped where they are
 * absent). The floors are the F1 the committed report (docs/extraction-evaluation.md, written by
 * scripts/extraction-report.sh) shows for each folder, less a small margin: a change to the rules
 * that loses quality on either folder fails here.
 */
class DevCorpusExtractionTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Map<String, EvaluationResult> RESULTS = new ConcurrentHashMap<>();
    private static ArticleExtractor extractor;

    @BeforeAll
    static void build() {
        extractor = ArticleExtractor.create().build();
    }

    private static EvaluationResult result(String folder) {
        Path dir = CORPUS.resolve(folder);
        assumeTrue(Files.isDirectory(dir.resolve("gold")), "the development corpus is not at " + dir + ": skipped");
        return RESULTS.computeIfAbsent(folder, f -> {
            try {
                return Corpus.at(dir).evaluate(Evaluation.of(Gazetteer.standard()), file -> extract(extractor, file));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static ArticleFacts extract(ArticleExtractor extractor, Path file) {
        try {
            return ExtractedArticles.extract(extractor, RawArticleReader.create().detectLanguage(false).read(file).get(0));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}: {1} F1 >= {2}")
    @CsvSource({ "dev, ENTITIES, 0.93", "dev, LINKS, 0.94", "dev, LEADERS, 0.82", "dev, EVENTS, 0.68",
                 "dev, AGREEMENTS, 0.71", "dev, ALLEGATIONS, 0.68",
                 "dev2, ENTITIES, 0.93", "dev2, LINKS, 0.94", "dev2, LEADERS, 0.78", "dev2, EVENTS, 0.60",
                 "dev2, AGREEMENTS, 0.52", "dev2, ALLEGATIONS, 0.62" })
    void scoresDoNotFallBelowTheReport(String folder, Kind kind, double floor) {
        double f1 = result(folder).score(kind).f1();
        assertTrue(f1 >= floor, folder + " " + kind.label() + ": F1 " + f1 + " is below " + floor);
    }

    /** Leaders are linked only where name, state and term agree: precision first, recall as far as the table covers. */
    @ParameterizedTest(name = "{0}: {1} precision >= {2}, recall >= {3}")
    @CsvSource({ "dev, LINKS_LEADER, 0.95, 0.75", "dev2, LINKS_LEADER, 0.95, 0.75" })
    void linkPrecisionAndRecallDoNotFallBelowTheReport(String folder, Kind kind, double precision, double recall) {
        Score s = result(folder).score(kind);
        assertTrue(s.precision() >= precision, kind.label() + ": precision " + s.precision() + " is below " + precision + " (" + s + ")");
        assertTrue(s.recall() >= recall, kind.label() + ": recall " + s.recall() + " is below " + recall + " (" + s + ")");
    }
}
