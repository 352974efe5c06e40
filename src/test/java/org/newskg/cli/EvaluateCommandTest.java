package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.FactsException;
import org.newskg.facts.FactsReader;

import picocli.CommandLine;

class EvaluateCommandTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "evaluate");
    private static final Path PREDICTED = CORPUS.resolve("predicted");

    private record Run(int exitCode, String out, String err) {}

    private static Run run(EvaluateCommand command, String... args) {
        CommandLine cl = Main.commandLine();
        cl.getCommandSpec().removeSubcommand("evaluate");
        cl.addSubcommand(new CommandLine(command));
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("evaluate"));
        all.addAll(List.of(args));
        int code = cl.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void scoresAFolderOfFactsFilesAgainstTheCorpus() {
        Run r = run(new EvaluateCommand(), "--gold", CORPUS.toString(), "--predicted", PREDICTED.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("| events | 5 | 0 | 0 | 1.000 | 1.000 | 1.000 | 0.60 met |"), r.out());
        assertTrue(r.out().contains("Command: `newskg evaluate --gold " + CORPUS + " --predicted " + PREDICTED + "`"), r.out());
        assertTrue(r.out().contains("### e001\n\nEverything matched."), r.out());
    }

    @Test
    void acceptsTheGoldFolderItselfAndWritesTheReportToAFile(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.md");
        Run r = run(new EvaluateCommand(), "--gold", CORPUS.resolve("gold").toString(), "--predicted", PREDICTED.toString(),
                    "-o", report.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("| kind | tp |"), "the summary table only: " + r.out());
        assertFalse(r.out().contains("## Matching"));
        assertTrue(Files.readString(report).contains("## Matching"));
    }

    @Test
    void missedTargetsAreNotAnError(@TempDir Path empty) {
        Run r = run(new EvaluateCommand(), "--gold", CORPUS.toString(), "--predicted", empty.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Without predicted facts (scored as all missed): e001."), r.out());
        assertTrue(r.out().contains("**not met**"), r.out());
    }

    @Test
    void runsAnExtractorOnTheArticleTexts() {
        List<Path> seen = new ArrayList<>();
        Function<Path, ArticleFacts> extractor = text -> {
            seen.add(text);
            try {
                return FactsReader.standard().read(PREDICTED.resolve("e001.facts.json"));
            } catch (FactsException e) {
                throw new IllegalStateException(e);
            }
        };
        Run r = run(new EvaluateCommand(extractor), "--gold", CORPUS.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of(CORPUS.resolve("articles").resolve("e001.txt")), seen);
        assertTrue(r.out().contains("| allegations with denial | 2 | 0 | 0 |"), r.out());
    }

    @Test
    void withoutPredictedFactsTheExtractorRunsOnTheCorpusArticles() {
        Run r = run(new EvaluateCommand(), "--gold", CORPUS.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("| events |"), r.out());
    }

    @Test
    void errorsExitWithOne(@TempDir Path dir) throws Exception {
        Run r = run(new EvaluateCommand(null), "--gold", CORPUS.toString());
        assertEquals(ExitCodes.FAILURE, r.exitCode());
        assertTrue(r.err().contains("--predicted DIR"), r.err());

        r = run(new EvaluateCommand(), "--gold", dir.resolve("nothing").toString(), "--predicted", PREDICTED.toString());
        assertEquals(ExitCodes.FAILURE, r.exitCode());
        assertTrue(r.err().contains("no gold folder at"), r.err());

        Files.writeString(dir.resolve("e001.facts.json"), "{\"format\": \"newskg-facts/1.0\"}");
        r = run(new EvaluateCommand(), "--gold", CORPUS.toString(), "--predicted", dir.toString());
        assertEquals(ExitCodes.FAILURE, r.exitCode());
        assertTrue(r.err().contains(dir.resolve("e001.facts.json").toString()), r.err());

        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("g1.json"), "{\"entities\": [{\"label\": \"A\", \"type\": \"Nation\"}]}");
        r = run(new EvaluateCommand(), "--gold", dir.toString(), "--predicted", PREDICTED.toString());
        assertEquals(ExitCodes.FAILURE, r.exitCode());
        assertTrue(r.err().contains(gold.resolve("g1.json") + ": $.entities[0].type: unknown entity type 'Nation'"), r.err());
    }
}
