package org.newskg.evaluate;

import java.util.List;
import java.util.Map;

/**
 * The scores of one article, with what was missed and what was wrongly found.
 *
 * @param predicted false when there were no predicted facts for the article (everything missed)
 */
public record ArticleResult(String id, boolean predicted, Map<Kind, Score> scores, List<Finding> misses,
                            List<Finding> falseHits) {
    public ArticleResult {
        scores = Map.copyOf(scores);
        misses = List.copyOf(misses);
        falseHits = List.copyOf(falseHits);
    }

    public Score score(Kind kind) {
        return scores.getOrDefault(kind, Score.ZERO);
    }
}
