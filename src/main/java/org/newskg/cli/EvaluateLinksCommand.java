package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.newskg.link.Gazetteer;
import org.newskg.link.LinkEvaluation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Precision and recall of offline Wikidata linking against gold annotations. */
@Command(name = "evaluate-links", mixinStandardHelpOptions = true,
         description = "Measure offline Wikidata linking against gold files (entities with label, type, QID); print a Markdown report.")
final class EvaluateLinksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold *.json files.")
    Path gold;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write the report here (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(gold))
            throw new IllegalArgumentException("no gold folder at " + gold);
        Map<String, LinkEvaluation.Score> scores = new LinkEvaluation(Gazetteer.standard()).evaluate(gold);
        String report = LinkEvaluation.report(scores, gold.toString(), "newskg evaluate-links --gold " + gold);
        if (output == null)
            spec.commandLine().getOut().print(report);
        else
            Files.writeString(output, report);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
