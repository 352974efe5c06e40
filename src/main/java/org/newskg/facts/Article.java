package org.newskg.facts;

import java.util.List;

/**
 * Metadata of an article. {@code text} holds the article text once read, whether it came
 * inline or from {@code textFile}.
 */
public record Article(String id, String headline, String url, String published, String language,
                      String publisher, List<String> agencies, String byline, String textFile, String text) {

    public Article {
        agencies = Lists.of(agencies);
    }

    /** The same metadata with the text filled in. */
    public Article withText(String newText) {
        return new Article(id, headline, url, published, language, publisher, agencies, byline, textFile, newText);
    }
}
