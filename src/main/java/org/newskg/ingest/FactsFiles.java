package org.newskg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.newskg.facts.ArticleFacts;
import org.newskg.facts.FactsException;
import org.newskg.facts.FactsReader;

/**
 * Finds and reads facts files named on a command line: files as given, folders searched
 * (recursively) for {@code *.facts.json}, in a stable order.
 */
public final class FactsFiles {
    /** The file name ending of facts files inside folders. */
    public static final String SUFFIX = ".facts.json";

    private FactsFiles() {}

    /** The facts files among {@code paths}; a missing path is an error. */
    public static List<Path> find(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(SUFFIX))
                        .sorted()
                        .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("no such file or folder: " + p);
            }
        }
        return files;
    }

    /** What reading a batch gave: the articles read, and the files refused with their problems. */
    public record Batch(List<ArticleFacts> articles, List<FactsException> rejected) {}

    /** Reads every file it can, keeping the refused ones apart, so a batch can go on without them. */
    public static Batch readEach(List<Path> files) {
        List<ArticleFacts> read = new ArrayList<>();
        List<FactsException> rejected = new ArrayList<>();
        java.util.Map<String, Path> ids = new java.util.HashMap<>();
        for (Path f : files) {
            try {
                ArticleFacts a = FactsReader.standard().read(f);
                Path before = ids.putIfAbsent(a.article().id(), f);
                if (before != null)
                    throw new FactsException(f.toString(), "$.article.id", "article id '" + a.article().id() + "' is already used by " + before);
                read.add(a);
            } catch (FactsException e) {
                rejected.add(e);
            }
        }
        return new Batch(read, rejected);
    }

    /**
     * Reads every file, checking all of them before returning any, so that a caller can refuse
     * a batch with a bad file in it before touching a dataset.
     *
     * @throws BatchException listing every file that failed, with its problems
     */
    public static List<ArticleFacts> readAll(List<Path> files) throws BatchException {
        Batch batch = readEach(files);
        if (!batch.rejected().isEmpty())
            throw new BatchException(batch.rejected());
        return batch.articles();
    }
}
