package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkEvaluationTest {
    /** The development corpus lies beside the repository for developers and CI, not for users. */
    private static final Path DEV_GOLD = Path.of("..", "shared", "corpus", "dev", "gold");

    @Test
    void statesAndOrganizationsOfTheDevCorpusAreLinkedPreciselyAndCompletely() throws Exception {
        assumeTrue(Files.isDirectory(DEV_GOLD), "the development corpus is not at " + DEV_GOLD + ": skipped");
        Map<String, LinkEvaluation.Score> scores = new LinkEvaluation(Gazetteer.standard()).evaluate(DEV_GOLD);
        LinkEvaluation.Score s = scores.get("State+Organization");
        assertTrue(s.goldWithQid > 100, "the corpus has states and organizations with QIDs");
        assertTrue(s.precision() >= 0.95, "precision " + s.precision() + "\n" + s.wrongLinks);
        assertTrue(s.recall() >= 0.9, "recall " + s.recall() + "\n" + s.misses);
    }

    @Test
    void countsCorrectWrongAndUnverifiedLinksApart(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("g1.json"), """
                {"entities": [
                  {"label": "Russia", "type": "State", "wikidata": "Q159"},
                  {"label": "China", "type": "State", "wikidata": "Q29520"},
                  {"label": "Narnia", "type": "State", "wikidata": "Q1"},
                  {"label": "NATO", "type": "Organization", "wikidata": null},
                  {"label": "Xi Jinping", "type": "Leader", "wikidata": "Q15031"}]}""");
        Map<String, LinkEvaluation.Score> scores = new LinkEvaluation(Gazetteer.standard()).evaluate(dir);
        LinkEvaluation.Score states = scores.get("State");
        assertEquals(1, states.correct);
        assertEquals(1, states.wrong, "China linked to Q148, not the gold's Q29520");
        assertEquals(1, states.misses.size(), "Narnia");
        assertEquals(0.5, states.precision());
        assertEquals(1, scores.get("Organization").unverifiable);
        assertEquals(0.0, scores.get("Leader").recall());
        String report = LinkEvaluation.report(scores, "test", "cmd");
        assertTrue(report.contains("wrong: g1.json China: linked Q148, gold Q29520"), report);
    }
}
