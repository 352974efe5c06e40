package org.newskg.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * A one-to-one matching of gold to predicted items, greedy and deterministic: every pair with a
 * positive score is a candidate; candidates are taken best score first (ties: earlier gold item,
 * then earlier predicted item) while both items are still free.
 */
final class Matching {
    private final int[] goldToPred;
    private final int[] predToGold;
    private final int size;

    private Matching(int[] goldToPred, int[] predToGold, int size) {
        this.goldToPred = goldToPred;
        this.predToGold = predToGold;
        this.size = size;
    }

    static <G, P> Matching greedy(List<G> gold, List<P> pred, ToIntBiFunction<? super G, ? super P> score) {
        record Candidate(int g, int p, int score) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++)
            for (int p = 0; p < pred.size(); p++) {
                int s = score.applyAsInt(gold.get(g), pred.get(p));
                if (s > 0)
                    candidates.add(new Candidate(g, p, s));
            }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.score()).thenComparingInt(Candidate::g)
                                  .thenComparingInt(Candidate::p));
        int[] g2p = new int[gold.size()], p2g = new int[pred.size()];
        Arrays.fill(g2p, -1);
        Arrays.fill(p2g, -1);
        int n = 0;
        for (Candidate c : candidates)
            if (g2p[c.g()] < 0 && p2g[c.p()] < 0) {
                g2p[c.g()] = c.p();
                p2g[c.p()] = c.g();
                n++;
            }
        return new Matching(g2p, p2g, n);
    }

    /** The predicted item matched to gold item {@code g}, or -1. */
    int pred(int g) {
        return goldToPred[g];
    }

    /** The gold item matched to predicted item {@code p}, or -1. */
    int gold(int p) {
        return predToGold[p];
    }

    /** Number of matched pairs. */
    int size() {
        return size;
    }

    /** The score: matched pairs, unmatched predicted, unmatched gold. */
    Score score() {
        return new Score(size, predToGold.length - size, goldToPred.length - size);
    }
}
