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
    /** Articles per transaction of {@link #loadAll}: one durable commit for many, and a bounded batch in memory. */
    int LOAD_BATCH = 100;

    /** How this target maps and checks articles (its IRIs, the entailments, the shapes). */
    ArticleMapping mapping();

    /** The article mapped and checked against the shapes, nothing written: safe on any thread. */
    default MappedArticle map(ArticleFacts facts) {
        return mapping().map(facts);
    }

    /** The shape violations of an article's data, without writing anything. */
    default Violations check(ArticleFacts facts) {
        return map(facts).violations();
    }

    /** True when the article is stored from the same input (same content hash): loading it again would change nothing. */
    default boolean isLoaded(String articleId, String contentHash) {
        return false;
    }

    /** Puts the ontology in its graph, replacing an older copy. */
    void loadOntology();

    /** Maps, checks and writes one article, all or nothing, replacing an earlier version of it. */
    default LoadResult load(ArticleFacts facts) {
        return write(map(facts));
    }

    /**
     * Writes an article {@link #map mapped} already, all or nothing, replacing an earlier
     * version of it; one that breaks the shapes is refused with {@link ShapeViolationException}
     * and nothing is written.
     */
    LoadResult write(MappedArticle article);

    /**
     * Writes several mapped articles as one unit, where the target can: one transaction, so a
     * batch costs one durable commit instead of one per article, and a crash keeps all of it or
     * none. If any article breaks the shapes, nothing is written. This default writes them one
     * by one, for targets that are all-or-nothing as a whole (a bulk load).
     */
    default List<LoadResult> writeAll(List<MappedArticle> articles) {
        articles.forEach(MappedArticle::requireConforming);
        return articles.stream().map(this::write).toList();
    }

    /**
     * Loads articles after the ontology, {@link #LOAD_BATCH} per transaction, reporting each
     * result to {@code progress}. Every article is checked against the shapes before any is written:
     * if one breaks them, the batch is refused whole and the target is left as it was.
     */
    default LoadSummary loadAll(List<ArticleFacts> articles, Consumer<LoadResult> progress) {
        List<Violations> found = new ArrayList<>(articles.size());
        List<String> refused = new ArrayList<>();
        for (ArticleFacts a : articles) {
            Violations v = check(a);
            found.add(v);
            if (!v.conforms())
                refused.add("article " + a.article().id() + ":\n" + v);
        }
        if (!refused.isEmpty())
            throw new ShapeViolationException(refused.size() + " of " + articles.size() + " article(s)", new Violations(refused));
        loadOntology();
        LoadSummary summary = LoadSummary.EMPTY;
        for (int from = 0; from < articles.size(); from += LOAD_BATCH) {
            // mapped again rather than kept from the check: a batch's quads need not fit in memory
            List<MappedArticle> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(from + LOAD_BATCH, articles.size()); i++)
                chunk.add(new MappedArticle(articles.get(i), mapping().quads(articles.get(i)), found.get(i)));
            for (LoadResult r : writeAll(chunk)) {
                summary = summary.plus(r);
                progress.accept(r);
            }
        }
        return summary;
    }
}
