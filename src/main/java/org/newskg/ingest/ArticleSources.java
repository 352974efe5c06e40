package org.newskg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which file each stored article came from, kept beside the dataset ({@code DIR.sources.tsv}:
 * article id, tab, absolute path; the last line of an id wins), so that a file that maps to the
 * id of an article stored from another file is refused naming both, instead of silently
 * replacing it: an article's id comes from its file name, and two folders may each have a
 * {@code report.txt}.
 * <p>
 * Only a different file that still exists is a conflict: an article whose earlier file is gone
 * was moved or renamed, and its new version replaces the old as before. The paths stay on the
 * machine that ingests; they are not part of the graph a server shows. A line is added after
 * the article's commit, so a crash between the two leaves an article without a line, which the
 * next run treats as a first sight.
 */
public final class ArticleSources {
    private final Path file;
    private final Map<String, String> pathOfId = new ConcurrentHashMap<>();

    private ArticleSources(Path file) {
        this.file = file;
    }

    /** No record and no checks: for targets with no folder of their own (a server, a new bulk dataset). */
    public static ArticleSources none() {
        return new ArticleSources(null);
    }

    /** The record beside the dataset folder {@code dataDir}, read if it exists. */
    public static ArticleSources beside(Path dataDir) {
        Path abs = dataDir.toAbsolutePath().normalize();
        ArticleSources sources = new ArticleSources(abs.resolveSibling(abs.getFileName() + ".sources.tsv"));
        if (Files.isRegularFile(sources.file)) {
            try {
                for (String line : Files.readAllLines(sources.file, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab > 0)
                        sources.pathOfId.put(line.substring(0, tab), line.substring(tab + 1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + sources.file + ": " + e.getMessage(), e);
            }
        }
        return sources;
    }

    /** A new record beside {@code dataDir}, for a dataset built from nothing (ingest --bulk): an old one is dropped. */
    public static ArticleSources fresh(Path dataDir) {
        ArticleSources sources = beside(dataDir);
        sources.pathOfId.clear();
        try {
            Files.deleteIfExists(sources.file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + sources.file + ": " + e.getMessage(), e);
        }
        return sources;
    }

    /** Refuses {@code id} from {@code source} when the stored article of that id came from another file that still exists. */
    void check(String id, String source) {
        String path = normalized(source);
        String before = path == null ? null : pathOfId.get(id);
        if (before != null && !before.equals(path) && Files.exists(Path.of(before)))
            throw new IllegalArgumentException("article " + id + " is stored from " + before + ", a different file that would "
                                               + "map to the same id; give one of them another name (or an \"id\"), refused "
                                               + "instead of replacing it");
    }

    /** Records that the article {@code id} is now stored from {@code source}. */
    synchronized void record(String id, String source) {
        String path = normalized(source);
        if (file == null || path == null || path.equals(pathOfId.get(id)))
            return;
        pathOfId.put(id, path);
        try {
            Files.write(file, List.of(id + "\t" + path), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The input's file as an absolute path (a JSON Lines source {@code FILE:LINE} without its line), or null for stdin. */
    private String normalized(String source) {
        if (file == null || source == null || source.startsWith("<"))
            return null;
        String path = source.matches(".*:\\d+") ? source.substring(0, source.lastIndexOf(':')) : source;
        return Path.of(path).toAbsolutePath().normalize().toString();
    }
}
