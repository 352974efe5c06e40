package org.newskg.link;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.newskg.evaluate.GoldArticle;
import org.newskg.evaluate.GoldReader;

/**
 * Measures offline linking against gold annotations in the dev corpus format ({@code gold/dNNN.json},
 * entities with a canonical label, a type and a verified QID or null, read by {@link GoldReader}): each gold entity's label
 * is linked the way {@code link} links offline, and the result compared with the gold QID.
 * <p>
 * Matching rule: a link is <em>correct</em> when its QID equals the gold QID, <em>wrong</em>
 * when it differs from a gold QID; links of entities whose gold QID is null ("not verified")
 * are counted apart and in neither. Precision = correct / (correct + wrong); recall = correct /
 * gold entities with a QID.
 */
public final class LinkEvaluation {
    private static final Map<String, String> TYPES = Map.of(
            "State", "State", "Organization", "InternationalOrganization", "Place", "Place", "Leader", "Person");

    private final Gazetteer gazetteer;

    public LinkEvaluation(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Counts of one entity type. */
    public static final class Score {
        public int gold, goldWithQid, correct, wrong, unverifiable;
        public final List<String> misses = new ArrayList<>();
        public final List<String> wrongLinks = new ArrayList<>();

        public double precision() {
            return correct + wrong == 0 ? 1.0 : (double) correct / (correct + wrong);
        }

        public double recall() {
            return goldWithQid == 0 ? 1.0 : (double) correct / goldWithQid;
        }

        void add(Score o) {
            gold += o.gold;
            goldWithQid += o.goldWithQid;
            correct += o.correct;
            wrong += o.wrong;
            unverifiable += o.unverifiable;
            misses.addAll(o.misses);
            wrongLinks.addAll(o.wrongLinks);
        }
    }

    /**
     * Scores per gold type (State, Organization, Place, Leader), plus "State+Organization".
     *
     * @throws org.newskg.evaluate.GoldException for a gold file that cannot be read, naming the file and JSON path
     */
    public Map<String, Score> evaluate(Path goldDir) throws IOException {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String t : List.of("State", "Organization", "Place", "Leader"))
            scores.put(t, new Score());
        SortedMap<String, GoldArticle> gold = GoldReader.readAll(goldDir);
        if (gold.isEmpty())
            throw new IllegalArgumentException("no gold files (*.json) in " + goldDir);
        for (GoldArticle article : gold.values()) {
            for (GoldArticle.Entity e : article.entities()) {
                String goldType = e.type();
                Score score = scores.get(goldType);
                if (score == null)
                    continue;
                String label = e.label();
                String goldQid = e.wikidata();
                String where = article.id() + ".json " + label;
                score.gold++;
                if (goldQid != null)
                    score.goldWithQid++;
                Optional<String> linked = link(label, TYPES.get(goldType));
                if (linked.isEmpty()) {
                    if (goldQid != null)
                        score.misses.add(where + " (gold " + goldQid + ")");
                } else if (goldQid == null) {
                    score.unverifiable++;
                } else if (linked.get().equals(goldQid)) {
                    score.correct++;
                } else {
                    score.wrong++;
                    score.wrongLinks.add(where + ": linked " + linked.get() + ", gold " + goldQid);
                }
            }
        }
        Score both = new Score();
        both.add(scores.get("State"));
        both.add(scores.get("Organization"));
        scores.put("State+Organization", both);
        return scores;
    }

    private Optional<String> link(String label, String type) {
        if (type.equals("Person"))
            return Optional.empty();
        return gazetteer.find(label, type).map(GazetteerEntry::qid).filter(q -> !q.isEmpty());
    }

    /** The scores as a Markdown report, with every miss and every wrong link. */
    public static String report(Map<String, Score> scores, String corpus, String command) {
        StringBuilder b = new StringBuilder();
        b.append("# Wikidata linking, measured\n\n")
         .append("Corpus: `").append(corpus).append("` (gold entities with verified QIDs).  \n")
         .append("Command: `").append(command).append("`\n\n")
         .append("Each gold entity's canonical label is linked as `newskg link --offline` links it (the bundled gazetteer, no network) ")
         .append("and compared with the gold QID. A link is correct when the QIDs are equal and wrong when they differ; links of ")
         .append("entities whose gold QID is null (not verified) are counted apart. Precision = correct / (correct + wrong); ")
         .append("recall = correct / gold entities with a QID.\n\n")
         .append("| type | gold | with QID | correct | wrong | linked, gold unverified | precision | recall |\n")
         .append("|---|---|---|---|---|---|---|---|\n");
        scores.forEach((type, s) -> b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.3f | %.3f |%n",
                type, s.gold, s.goldWithQid, s.correct, s.wrong, s.unverifiable, s.precision(), s.recall())));
        b.append("\nPeople are not in the gazetteer: they are linked only by reconciliation against a Wikidata endpoint, ")
         .append("which this measurement does not reach.\n");
        for (String type : List.of("State", "Organization", "Place", "Leader")) {
            Score s = scores.get(type);
            if (!s.wrongLinks.isEmpty() || !s.misses.isEmpty()) {
                b.append("\n## ").append(type).append("\n\n");
                s.wrongLinks.forEach(w -> b.append("- wrong: ").append(w).append('\n'));
                s.misses.forEach(m -> b.append("- missed: ").append(m).append('\n'));
            }
        }
        return b.toString();
    }
}
