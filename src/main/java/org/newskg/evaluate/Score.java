package org.newskg.evaluate;

/**
 * True positives, false positives and false negatives of one kind. A ratio whose denominator is
 * zero is 1 when there was also nothing to miss (or nothing wrongly found), else 0: predicting
 * nothing where the gold has nothing is perfect, predicting nothing where it has something is not.
 */
public record Score(int tp, int fp, int fn) {
    public static final Score ZERO = new Score(0, 0, 0);

    public double precision() {
        return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? (fp == 0 ? 1.0 : 0.0) : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public Score plus(Score o) {
        return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
    }
}
