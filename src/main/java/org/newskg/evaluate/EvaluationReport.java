package org.newskg.evaluate;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** An {@link EvaluationResult} as a Markdown report: the summary table, the matching rules, then every article's misses and false hits. */
public final class EvaluationReport {
    private EvaluationReport() {}

    /** The whole report, with the evidence sentence of every miss and false hit. */
    public static String markdown(EvaluationResult result, String title, String command) {
        return markdown(result, title, command, true);
    }

    /**
     * The whole report; without {@code evidence}, findings name the fact but do not quote the
     * article (a report to publish when the articles are someone else's text).
     */
    public static String markdown(EvaluationResult result, String title, String command, boolean evidence) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(title).append("\n\n");
        if (command != null && !command.isBlank())
            b.append("Command: `").append(command).append("`\n\n");
        int n = result.articles().size();
        b.append(n).append(" gold articles, ").append(n - result.withoutPrediction().size()).append(" with predicted facts.");
        if (!result.withoutPrediction().isEmpty())
            b.append(" Without predicted facts (scored as all missed): ").append(String.join(", ", result.withoutPrediction())).append('.');
        if (!result.withoutGold().isEmpty())
            b.append(" Predicted but without gold (not scored): ").append(String.join(", ", result.withoutGold())).append('.');
        b.append("\n\n").append(summary(result));
        b.append("\nCounts are summed over all articles (micro average); a target is met when F1 reaches it.\n");

        b.append("\n## Matching\n\n");
        for (String rule : Evaluation.RULES)
            b.append("- ").append(rule).append('\n');

        b.append("\n## Articles\n");
        for (ArticleResult a : result.articles()) {
            b.append("\n### ").append(a.id()).append("\n\n");
            if (!a.predicted())
                b.append("No predicted facts.\n\n");
            if (a.misses().isEmpty() && a.falseHits().isEmpty()) {
                b.append("Everything matched.\n");
                continue;
            }
            findings(b, "Missed (in the gold, not found)", a.misses(), evidence);
            findings(b, "False hits (predicted, not in the gold)", a.falseHits(), evidence);
        }
        return b.toString();
    }

    /** The summary table alone: per kind tp, fp, fn, precision, recall, F1 and target. */
    public static String summary(EvaluationResult result) {
        StringBuilder b = new StringBuilder();
        b.append("| kind | tp | fp | fn | precision | recall | F1 | target |\n")
         .append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (Kind k : Kind.values()) {
            Score s = result.score(k);
            String target = k.target() == null ? ""
                    : String.format(Locale.ROOT, "%.2f %s", k.target(), s.f1() >= k.target() ? "met" : "**not met**");
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %s |%n",
                                   k.label(), s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1(), target));
        }
        return b.toString();
    }

    /** A finding without the article's words: no evidence sentence, no act as the text words it. */
    private static String withoutQuotes(String text) {
        return text.replaceFirst(" \u2014 \".*\"$", "").replaceFirst("; act: .*$", "");
    }

    private static void findings(StringBuilder b, String heading, List<Finding> findings, boolean evidence) {
        if (findings.isEmpty())
            return;
        b.append(heading).append(":\n\n");
        findings.stream().sorted(Comparator.comparing(Finding::kind))
                .map(f -> evidence ? f : new Finding(f.kind(), withoutQuotes(f.text()), f.note()))
                .forEach(f -> b.append("- ").append(f).append('\n'));
        b.append('\n');
    }
}
