package org.newskg.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of an article while it is being read, before they are complete enough to make a
 * {@link RawArticle}, with the checks every input's values go through.
 */
final class RawFields {
    String id;
    String headline;
    String url;
    String published;
    String publisher;
    String language;
    String text;

    /** Fills the fields this does not have from {@code other}; the text is not touched. */
    RawFields fillFrom(RawFields other) {
        if (id == null) id = other.id;
        if (headline == null) headline = other.headline;
        if (url == null) url = other.url;
        if (published == null) published = other.published;
        if (publisher == null) publisher = other.publisher;
        if (language == null) language = other.language;
        return this;
    }

    /** The field a header or front matter key sets ({@code title} and {@code headline} are one), or null. */
    static String fieldOfKey(String key) {
        switch (key.toLowerCase(Locale.ROOT)) {
            case "title": case "headline": return "headline";
            case "url": return "url";
            case "date": case "published": return "published";
            case "publisher": return "publisher";
            case "id": return "id";
            case "language": return "language";
            default: return null;
        }
    }

    /** Sets a field named by {@link #fieldOfKey}, checking the value; {@code key} is named in messages. */
    void set(String field, String key, String value, String source) throws RawArticleException {
        switch (field) {
            case "headline": headline = name(value); break;
            case "url": url = url(value, source, key); break;
            case "published": published = date(value, source, key); break;
            case "publisher": publisher = name(value); break;
            case "id": id = id(value, source, key); break;
            case "language": language = language(value, source, key); break;
            default: throw new IllegalArgumentException("no field " + field);
        }
    }

    /** Whether the field named by {@link #fieldOfKey} has a value. */
    boolean has(String field) {
        switch (field) {
            case "headline": return headline != null;
            case "url": return url != null;
            case "published": return published != null;
            case "publisher": return publisher != null;
            case "id": return id != null;
            case "language": return language != null;
            default: throw new IllegalArgumentException("no field " + field);
        }
    }

    // ---- value checks: null for "not given", RawArticleException for a value that is wrong ----

    private static final List<String> UNKNOWN = List.of("unknown", "none", "n/a", "null", "-");
    private static final Pattern DATE_START = Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ].*)?");
    private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s/?#]+[^\\s]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");

    /** Whitespace collapsed to single spaces and trimmed; null when nothing is left. */
    static String name(String value) {
        if (value == null)
            return null;
        String s = SPACES.matcher(value).replaceAll(" ").strip();
        return s.isEmpty() ? null : s;
    }

    private static boolean unknown(String s) {
        return s == null || s.isEmpty() || UNKNOWN.contains(s.toLowerCase(Locale.ROOT));
    }

    /** A date as YYYY-MM-DD: a date, or the date part of a date-time; "unknown" or nothing is null. */
    static String date(String value, String source, String field) throws RawArticleException {
        String s = name(value);
        if (unknown(s))
            return null;
        String d = dateOrNull(s);
        if (d == null)
            throw new RawArticleException(source, field, "\"" + s + "\" is not a date (expected YYYY-MM-DD)");
        return d;
    }

    /** The YYYY-MM-DD date at the start of {@code value}, or null when it does not start with a real date. */
    static String dateOrNull(String value) {
        if (value == null)
            return null;
        Matcher m = DATE_START.matcher(value.strip());
        if (!m.matches())
            return null;
        try {
            return LocalDate.parse(m.group(1)).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An absolute http or https URL. */
    static String url(String value, String source, String field) throws RawArticleException {
        String s = name(value);
        if (unknown(s))
            return null;
        String u = urlOrNull(s);
        if (u == null)
            throw new RawArticleException(source, field, "\"" + s + "\" is not an http(s) URL");
        return u;
    }

    static String urlOrNull(String value) {
        String s = value == null ? null : value.strip();
        if (s == null || !HTTP_URL.matcher(s).matches())
            return null;
        try {
            new URI(s);
            return s;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A BCP 47 tag such as {@code en} or {@code en-GB} ({@code en_GB} is taken too). */
    static String language(String value, String source, String field) throws RawArticleException {
        String s = name(value);
        if (unknown(s) || "und".equalsIgnoreCase(s))
            return null;
        String tag = languageOrNull(s);
        if (tag == null)
            throw new RawArticleException(source, field, "\"" + s + "\" is not a BCP 47 language tag (such as en)");
        return tag;
    }

    static String languageOrNull(String value) {
        if (value == null)
            return null;
        String s = value.strip().replace('_', '-');
        int dash = s.indexOf('-');
        String tag = dash < 0 ? s.toLowerCase(Locale.ROOT)
                              : s.substring(0, dash).toLowerCase(Locale.ROOT) + s.substring(dash);
        return RawArticle.LANGUAGE.matcher(tag).matches() && !tag.startsWith("und") ? tag : null;
    }

    /** An article id as given; it must already be one, it is not changed. */
    static String id(String value, String source, String field) throws RawArticleException {
        String s = value == null ? null : value.strip();
        if (s == null || s.isEmpty())
            return null;
        if (!RawArticle.ID.matcher(s).matches())
            throw new RawArticleException(source, field, "\"" + s + "\" is not an id (ASCII letters, digits, _ . - "
                    + "starting with a letter or digit, at most 128 characters)");
        return s;
    }

    /**
     * An id made from a file name or other label: accents dropped, runs of other characters
     * turned into {@code -}, cut to 128 characters; {@code article} when nothing is left.
     */
    static String idFrom(String label) {
        String ascii = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (s.length() > 128)
            s = s.substring(0, 128);
        s = s.replaceAll("[-.]+$", "");
        return s.isEmpty() ? "article" : s;
    }
}
