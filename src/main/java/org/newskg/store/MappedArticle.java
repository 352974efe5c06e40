package org.newskg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.facts.ArticleFacts;
import org.newskg.validate.ShapeViolationException;
import org.newskg.validate.Violations;

/**
 * An article mapped to its quads (entailments included, in memory) and checked against the
 * shapes: what a target writes. Made by {@link ArticleMapping#map}, on any thread, so the costly
 * part of loading runs in parallel and the single writer only copies quads.
 */
public record MappedArticle(ArticleFacts facts, DatasetGraph quads, Violations violations) {
    public String id() {
        return facts.article().id();
    }

    public boolean conforms() {
        return violations.conforms();
    }

    /** This article, if it fits the shapes; otherwise the violations, as an exception naming the article. */
    public MappedArticle requireConforming() {
        if (!conforms())
            throw new ShapeViolationException("article " + id(), violations);
        return this;
    }
}
