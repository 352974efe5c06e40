package org.newskg.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.newskg.facts.ArticleFacts;
import org.newskg.facts.FactsException;
import org.newskg.facts.FactsReader;
import org.newskg.ingest.BatchException;

/**
 * A gold corpus on disk: {@code gold/dNNN.json} and, beside it, {@code articles/dNNN.txt}; and
 * the two ways of getting predicted facts for it: facts files ({@code dNNN.facts.json}) or an
 * extractor run on the article texts.
 *
 * <pre>
 *   Corpus corpus = Corpus.at(Path.of("../shared/corpus/dev"));
 *   EvaluationResult r = corpus.evaluate(Evaluation.of(Gazetteer.standard()), extractor::extract);
 * </pre>
 */
public final class Corpus {
    /** The file name ending of predicted facts files. */
    public static final String FACTS_SUFFIX = ".facts.json";

    private final Path goldDir;
    private final Path articlesDir;

    private Corpus(Path goldDir, Path articlesDir) {
        this.goldDir = goldDir;
        this.articlesDir = articlesDir;
    }

    /**
     * The corpus in {@code dir}: a folder holding {@code gold/} (and {@code articles/}), or the gold
     * folder itself (articles then in {@code ../articles}, if there).
     */
    public static Corpus at(Path dir) {
        if (Files.isDirectory(dir.resolve("gold")))
            return new Corpus(dir.resolve("gold"), existing(dir.resolve("articles")));
        if (Files.isDirectory(dir)) {
            Path parent = dir.toAbsolutePath().getParent();
            return new Corpus(dir, parent == null ? null : existing(parent.resolve("articles")));
        }
        throw new IllegalArgumentException("no gold folder at " + dir + " (expected a corpus folder with gold/, or a folder of gold *.json files)");
    }

    private static Path existing(Path dir) {
        return Files.isDirectory(dir) ? dir : null;
    }

    public Path goldDir() {
        return goldDir;
    }

    /** The folder of article texts, if there is one. */
    public Optional<Path> articlesDir() {
        return Optional.ofNullable(articlesDir);
    }

    /** Every gold file, by article id; at least one. */
    public SortedMap<String, GoldArticle> gold() throws GoldException {
        SortedMap<String, GoldArticle> gold = GoldReader.readAll(goldDir);
        if (gold.isEmpty())
            throw new GoldException(goldDir.toString(), "$", "no gold files (*.json) in this folder");
        return gold;
    }

    /** The text file of an article: {@code articles/ID.txt}. */
    public Path articleText(String id) {
        if (articlesDir == null)
            throw new IllegalArgumentException("no articles/ folder beside " + goldDir);
        return articlesDir.resolve(id + ".txt");
    }

    /**
     * Runs an extractor on the text of each article (header lines and all, as the file is); an
     * extractor that returns null predicts nothing for that article. A missing text or a failed
     * extraction is an error naming the article.
     */
    public SortedMap<String, ArticleFacts> extract(Collection<String> ids, Function<Path, ArticleFacts> extractor) {
        SortedMap<String, ArticleFacts> facts = new TreeMap<>();
        for (String id : ids) {
            Path text = articleText(id);
            if (!Files.isRegularFile(text))
                throw new IllegalArgumentException("no article text " + text + " for gold " + id);
            ArticleFacts f;
            try {
                f = extractor.apply(text);
            } catch (RuntimeException e) {
                throw new IllegalStateException("extraction failed on " + text + ": " + e.getMessage(), e);
            }
            if (f != null)
                facts.put(id, f);
        }
        return facts;
    }

    /** Scores the extractor's facts for every gold article of the corpus. */
    public EvaluationResult evaluate(Evaluation evaluation, Function<Path, ArticleFacts> extractor) throws GoldException {
        SortedMap<String, GoldArticle> gold = gold();
        return evaluation.score(gold, extract(gold.keySet(), extractor));
    }

    /** Scores the facts files of a folder ({@link #readPredicted}) against the corpus. */
    public EvaluationResult evaluate(Evaluation evaluation, Path predictedDir) throws GoldException, BatchException {
        return evaluation.score(gold(), readPredicted(predictedDir));
    }

    /**
     * Reads the facts files {@code ID.facts.json} of a folder (not its subfolders), keyed by
     * {@code ID}; every file is read and checked, and all refused files are reported together.
     */
    public static SortedMap<String, ArticleFacts> readPredicted(Path dir) throws BatchException {
        if (!Files.isDirectory(dir))
            throw new IllegalArgumentException("no folder of predicted facts at " + dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(FACTS_SUFFIX) && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        SortedMap<String, ArticleFacts> facts = new TreeMap<>();
        List<FactsException> refused = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                facts.put(name.substring(0, name.length() - FACTS_SUFFIX.length()), FactsReader.standard().read(f));
            } catch (FactsException e) {
                refused.add(e);
            }
        }
        if (!refused.isEmpty())
            throw new BatchException(refused);
        return facts;
    }
}
