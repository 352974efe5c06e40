package org.newskg.evaluate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scores of a corpus: per kind, micro-averaged (counts summed over all articles), and per
 * article.
 *
 * @param withoutPrediction gold articles that had no predicted facts (scored as all missed)
 * @param withoutGold       predicted articles that have no gold file (not scored)
 */
public record EvaluationResult(Map<Kind, Score> totals, List<ArticleResult> articles, List<String> withoutPrediction,
                               List<String> withoutGold) {
    public EvaluationResult {
        totals = Map.copyOf(totals);
        articles = List.copyOf(articles);
        withoutPrediction = List.copyOf(withoutPrediction);
        withoutGold = List.copyOf(withoutGold);
    }

    /** The summed score of a kind over all articles. */
    public Score score(Kind kind) {
        return totals.getOrDefault(kind, Score.ZERO);
    }

    public Optional<ArticleResult> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Sums article scores. */
    static EvaluationResult of(List<ArticleResult> articles, List<String> withoutPrediction, List<String> withoutGold) {
        Map<Kind, Score> totals = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values())
            totals.put(k, Score.ZERO);
        for (ArticleResult a : articles)
            for (Kind k : Kind.values())
                totals.put(k, totals.get(k).plus(a.score(k)));
        return new EvaluationResult(totals, articles, withoutPrediction, withoutGold);
    }
}
