package org.newskg.ingest;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A news article as read from a file, before any facts are extracted from it: its metadata and
 * its body as plain text.
 *
 * @param id        a local identifier: ASCII letters, digits, {@code _ . -}, starting with a
 *                  letter or digit, at most 128 characters (the facts format's id rule)
 * @param headline  the headline, or null when the input gives none
 * @param url       the article's http(s) address, or null
 * @param published the publication date as {@code YYYY-MM-DD}, or null when unknown
 * @param publisher the publisher's name, or null
 * @param language  a BCP 47 language tag such as {@code en}, or null when unknown
 * @param text      the body as plain text, lines ended by {@code \n}, never blank
 * @param source    where the article came from, for messages: a file path, or
 *                  {@code file.jsonl:LINE} for a line of a JSON Lines file
 */
public record RawArticle(String id, String headline, String url, String published, String publisher,
                         String language, String text, String source) {

    /** What an id may look like. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
    /** What a publication date looks like (its values are checked by the reader). */
    public static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** What a language tag looks like: a 2 or 3 letter language, then optional subtags. */
    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (!ID.matcher(id).matches())
            throw new IllegalArgumentException("not an article id: '" + id + "'");
        if (published != null && !DATE.matcher(published).matches())
            throw new IllegalArgumentException("not a YYYY-MM-DD date: '" + published + "'");
        if (language != null && !LANGUAGE.matcher(language).matches())
            throw new IllegalArgumentException("not a BCP 47 language tag: '" + language + "'");
        if (text.isBlank())
            throw new IllegalArgumentException("an article needs text");
        if (text.indexOf('\r') >= 0)
            throw new IllegalArgumentException("article text must end its lines with \\n only");
    }

    /** The same article with another language tag. */
    public RawArticle withLanguage(String newLanguage) {
        return new RawArticle(id, headline, url, published, publisher, newLanguage, text, source);
    }
}
