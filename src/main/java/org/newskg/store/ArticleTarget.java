package org.newskg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.newskg.facts.ArticleFacts;
import org.newskg.validate.ShapeViolationException;
import org.newskg.validate.Violations;

/**
 * Somewhere articles are loaded: a TDB2 dataset on disk ({@link ArticleStore}) or a running
 * server ({@link EndpointStore}). Both load an article all-or-nothing; the batch rule is here.
 */
public interface ArticleTarget {
    /** The shape violations of an article's data, without writing anything. */
    Violations check(ArticleFacts facts);

    /** True when the article is stored from the same input (same content hash): loading it again would change nothing. */
    default boolean isLoaded(String articleId, String contentHash) {
        return false;
    }

    /** Puts the ontology in its graph, replacing an older copy. */
    void loadOntology();

    /** Checks one article against the shapes and writes it, all or nothing, replacing an earlier version of it. */
    default LoadResult load(ArticleFacts facts) {
        return load(facts, false);
    }

    /**
     * Writes one article, all or nothing; with {@code checked}, the caller has had
     * {@link #check} pass on it already and the shapes are not validated a second time.
     */
    LoadResult load(ArticleFacts facts, boolean checked);

    /**
     * Loads articles one at a time, after the ontology, reporting each result to
     * {@code progress}. Every article is checked against the shapes before any is written:
     * if one breaks them, the batch is refused whole and the target is left as it was.
     */
    default LoadSummary loadAll(List<ArticleFacts> articles, Consumer<LoadResult> progress) {
        List<String> refused = new ArrayList<>();
        for (ArticleFacts a : articles) {
            Violations v = check(a);
            if (!v.conforms())
                refused.add("article " + a.article().id() + ":\n" + v);
        }
        if (!refused.isEmpty())
            throw new ShapeViolationException(refused.size() + " of " + articles.size() + " article(s)", new Violations(refused));
        loadOntology();
        LoadSummary summary = LoadSummary.EMPTY;
        for (ArticleFacts a : articles) {
            LoadResult r = load(a, true);
            summary = summary.plus(r);
            progress.accept(r);
        }
        return summary;
    }
}
