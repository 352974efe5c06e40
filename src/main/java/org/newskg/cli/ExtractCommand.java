package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.extract.ArticleExtractor;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.FactsWriter;
import org.newskg.ingest.ExtractedArticles;
import org.newskg.ingest.IngestPipeline;
import org.newskg.ingest.RawArticleException;
import org.newskg.ingest.RawArticleReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Raw articles to facts files. */
@Command(name = "extract", mixinStandardHelpOptions = true,
         description = { "Extract facts from raw articles (text with an optional header, Markdown, HTML, JSON Lines; '-' reads",
                         "JSON Lines from standard input) and write them as facts files: ID.facts.json in --output, or, for a",
                         "single article without --output, to standard output. Articles not in English are skipped with a warning." })
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, folders of them, or - for JSON Lines on stdin.")
    List<Path> paths;

    @Option(names = { "-o", "--output" }, paramLabel = "DIR", description = "Write ID.facts.json files into this folder.")
    Path output;

    @Mixin
    ArticleOptions options;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ArticleExtractor extractor = options.extractor();
        if (output != null)
            Files.createDirectories(output);
        List<ArticleFacts> toStdout = new ArrayList<>();
        int[] counts = new int[3]; // written, skipped, refused
        Progress progress = new Progress(err, (int) Math.min(Integer.MAX_VALUE, options.reader().countInputs(paths)), "extracted");
        IngestPipeline.create(extractor).threads(options.threads()).reader(options.reader()).run(paths, facts -> {
            if (output == null) {
                toStdout.add(facts);
            } else {
                writeAtomically(facts, output.resolve(facts.article().id() + ".facts.json"));
                progress.step(facts.article().id(), "written");
            }
            counts[0]++;
        }, outcome -> {
            if (outcome.kind() != IngestPipeline.Outcome.Kind.UNCHANGED)
                err.println("newskg: " + outcome.message());
            counts[outcome.kind() == IngestPipeline.Outcome.Kind.REFUSED ? 2 : 1]++;
            if (output != null)
                progress.step(String.valueOf(outcome.articleId()), outcome.kind().name().toLowerCase().replace('_', ' '));
        });
        if (output != null)
            progress.finish();
        if (output == null) {
            if (toStdout.size() > 1) {
                err.println("newskg: " + toStdout.size() + " articles: give --output DIR to write one facts file each");
                return ExitCodes.USAGE;
            }
            if (toStdout.size() == 1) {
                OutputStream out = System.out;
                FactsWriter.write(toStdout.get(0), out);
                out.flush();
            }
        }
        err.println("newskg: " + counts[0] + " article(s) extracted" + (output != null ? " into " + output : "")
                    + ", " + counts[1] + " skipped, " + counts[2] + " refused");
        return counts[2] == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** Written beside the target and moved over it: a reader never sees half a file, a crash leaves the old one. */
    static void writeAtomically(ArticleFacts facts, Path target) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                FactsWriter.write(facts, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Article file to facts with one extractor (rules from {@code rules}, standard if null): what {@code evaluate} runs on a corpus. */
    static java.util.function.Function<Path, ArticleFacts> fileExtractor(Path rules) {
        ArticleExtractor.Builder b = ArticleExtractor.create();
        if (rules != null)
            b.rules(rules);
        ArticleExtractor extractor = b.build();
        RawArticleReader reader = RawArticleReader.create().detectLanguage(false);
        return file -> {
            try {
                return ExtractedArticles.extract(extractor, reader.read(file).get(0));
            } catch (RawArticleException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        };
    }
}
