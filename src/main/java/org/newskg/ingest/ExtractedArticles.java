package org.newskg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.newskg.extract.ArticleExtractor;
import org.newskg.facts.Article;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Entity;

/**
 * Raw articles through the extractor: metadata carried over, the publisher named as a news
 * organization, and a content hash of the input and the extractor's version, so that a re-run
 * knows an article it has already loaded (and a new extractor version replaces the old facts).
 */
public final class ExtractedArticles {
    private ExtractedArticles() {}

    /** The facts of one raw article. */
    public static ArticleFacts extract(ArticleExtractor extractor, RawArticle raw) {
        return extract(extractor, raw, contentHash(extractor, raw));
    }

    /** The facts of one raw article whose {@link #contentHash} the caller has computed already. */
    public static ArticleFacts extract(ArticleExtractor extractor, RawArticle raw, String contentHash) {
        // the input is kept as the text's file, for messages and ArticleSources (facts files do not carry it)
        Article article = new Article(raw.id(), raw.headline(), raw.url(), raw.published(),
                                      raw.language() != null ? raw.language() : "en", null, null, null, raw.source(), raw.text());
        ArticleFacts f = extractor.extract(article);
        List<Entity> entities = f.entities();
        if (raw.publisher() != null) {
            entities = new ArrayList<>(entities);
            entities.add(new Entity("publisher", "NewsOrganization", raw.publisher(), null, null, null, null, null, null));
            article = new Article(raw.id(), raw.headline(), raw.url(), raw.published(), f.article().language(),
                                  "publisher", null, null, raw.source(), raw.text());
        } else {
            article = f.article();
        }
        return new ArticleFacts(article, f.extractor(), entities, f.leadership(), f.events(), f.agreements(),
                                f.allegations(), f.statements(), f.tradeFlows(), contentHash);
    }

    /** SHA-256 of everything the facts are made from: the extractor and rules version, metadata and text. */
    public static String contentHash(ArticleExtractor extractor, RawArticle raw) {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String part : new String[] { extractor.stamp().toString(), raw.id(), raw.headline(), raw.url(), raw.published(),
                                          raw.publisher(), raw.language(), raw.text() }) {
            d.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
        }
        return "sha256:" + HexFormat.of().formatHex(d.digest());
    }
}
