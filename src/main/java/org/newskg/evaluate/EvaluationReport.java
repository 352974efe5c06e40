package org.newskg.evaluate;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** An {@link EvaluationResult} as a Markdown report: the summary table, the matching rules, then every article's misses and false hits. */
public final class EvaluationReport {
    private EvaluationReport() {}

    /** The whole report. */
    public static String markdown(EvaluationResult result, String title, String command) {
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
            findings(b, "Missed (in the gold, not found)", a.misses());
            findings(b, "False hits (predicted, not in the gold)", a.falseHits());
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

    private static void findings(StringBuilder b, String heading, List<Finding> findings) {
        if (findings.isEmpty())
            return;
        b.append(heading).append(":\n\n");
        findings.stream().sorted(Comparator.comparing(Finding::kind))
                .forEach(f -> b.append("- ").append(f).append('\n'));
        b.append('\n');
    }
}
