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

    /**
     * Reads every file, checking all of them before returning any, so that a caller can refuse
     * a batch with a bad file in it before touching a dataset.
     *
     * @throws BatchException listing every file that failed, with its problems
     */
    public static List<ArticleFacts> readAll(List<Path> files) throws BatchException {
        List<ArticleFacts> read = new ArrayList<>();
        List<FactsException> failed = new ArrayList<>();
        for (Path f : files) {
            try {
                read.add(FactsReader.standard().read(f));
            } catch (FactsException e) {
                failed.add(e);
            }
        }
        if (!failed.isEmpty())
            throw new BatchException(failed);
        BatchException.checkDistinctIds(read, files);
        return read;
    }
}
