package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.newskg.extract.ArticleExtractor;
import org.newskg.ingest.RawArticleReader;

import picocli.CommandLine.Option;

/** Options shared by {@code extract} and {@code ingest}: metadata defaults, limits, rules, threads. */
final class ArticleOptions {
    @Option(names = "--title", paramLabel = "TEXT", description = "Headline for articles that do not give one.")
    String title;

    @Option(names = "--url", paramLabel = "URL", description = "Address for articles that do not give one.")
    String url;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for articles that do not give one (relative dates are resolved against it).")
    String date;

    @Option(names = "--publisher", paramLabel = "NAME", description = "Publisher for articles that do not name one.")
    String publisher;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse an article file (or JSON line) larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes = RawArticleReader.DEFAULT_MAX_BYTES;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rule tables (NAME.tsv) to use instead of the standard ones; those it lacks stay standard.")
    Path rules;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    ArticleExtractor extractor() {
        ArticleExtractor.Builder b = ArticleExtractor.create();
        if (rules != null) {
            if (!Files.isDirectory(rules))
                throw new IllegalArgumentException("--rules " + rules + ": no such folder");
            b.rules(rules);
        }
        return b.build();
    }

    RawArticleReader reader() {
        return RawArticleReader.create().maxBytes(maxBytes).defaults(title, url, date, publisher);
    }

    int threads() {
        if (threads < 1)
            throw new IllegalArgumentException("--threads must be at least 1");
        return threads;
    }
}
