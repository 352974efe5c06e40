package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.newskg.evaluate.Corpus;
import org.newskg.evaluate.Evaluation;
import org.newskg.evaluate.EvaluationReport;
import org.newskg.evaluate.EvaluationResult;
import org.newskg.evaluate.GoldArticle;
import org.newskg.facts.ArticleFacts;
import org.newskg.link.Gazetteer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Precision, recall and F1 of extracted facts against gold annotations, per kind (entities,
 * links, leaders, events, agreements, allegations), as a Markdown report. The facts come from
 * {@code --predicted DIR}, or, without it, from the extractor this command was made with, run on
 * the corpus' {@code articles/*.txt}.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
         description = { "Score extracted facts against gold annotations (the development corpus format): entities, Wikidata links,",
                         "leaders, events, agreements and allegations, with precision, recall and F1 per kind, and every miss and",
                         "false hit per article, as a Markdown report. Missed targets are reported, not an error (exit 0)." })
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "The corpus folder (with gold/ and articles/) or the folder of gold *.json files itself.")
    Path gold;

    @Option(names = "--predicted", paramLabel = "DIR",
            description = "Folder of predicted facts files, ID.facts.json for gold ID.json.")
    Path predicted;

    @Option(names = "--evidence", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Quote each miss's and false hit's evidence sentence (default); --no-evidence names the facts only, for a report to publish when the articles are third-party text.")
    boolean evidence;

    @Option(names = "--rules", paramLabel = "DIR", description = "Without --predicted: extract with the rule tables of DIR (the standard ones for those it lacks).")
    Path rules;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE",
            description = "Write the report here and print only the summary table (default: the report on standard output).")
    Path output;

    /** Article text file to facts; null when facts must come from --predicted. */
    private final Function<Path, ArticleFacts> extractor;

    /** Without {@code --predicted}: the standard extractor (or one with {@code --rules}), built once for the corpus. */
    EvaluateCommand() {
        this(BUILT_IN);
    }

    private static final Function<Path, ArticleFacts> BUILT_IN = file -> {
        throw new IllegalStateException("replaced by the extractor built in call()");
    };

    /** A command that, without {@code --predicted}, runs {@code extractor} on each article text of the corpus. */
    EvaluateCommand(Function<Path, ArticleFacts> extractor) {
        this.extractor = extractor;
    }

    @Override
    public Integer call() throws Exception {
        Corpus corpus = Corpus.at(gold);
        Evaluation evaluation = Evaluation.of(Gazetteer.standard());
        EvaluationResult result;
        String command = "newskg evaluate --gold " + gold;
        if (predicted != null) {
            result = corpus.evaluate(evaluation, predicted);
            command += " --predicted " + predicted;
        } else if (extractor != null) {
            SortedMap<String, GoldArticle> goldArticles = corpus.gold();
            Function<Path, ArticleFacts> extract = extractor == BUILT_IN ? ExtractCommand.fileExtractor(rules) : extractor;
            result = evaluation.score(goldArticles, corpus.extract(goldArticles.keySet(), extract));
            if (rules != null)
                command += " --rules " + rules;
        } else {
            throw new IllegalArgumentException("name the predicted facts with --predicted DIR");
        }
        String report = EvaluationReport.markdown(result, "Extraction, measured against the gold", command + (evidence ? "" : " --no-evidence"), evidence);
        if (output == null) {
            spec.commandLine().getOut().print(report);
        } else {
            Files.writeString(output, report);
            spec.commandLine().getOut().print(EvaluationReport.summary(result));
            spec.commandLine().getErr().println("newskg: report written to " + output);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
