package org.newskg.extract;

import java.util.Locale;

/**
 * One token of a sentence: its text, its UTF-16 offsets in the article text (end exclusive)
 * and its Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, ...), tagged when
 * first asked for. The lower-case form every rule compares with is computed once.
 */
public final class Token {
    private final String text;
    private final int start;
    private final int end;
    private String tag;
    private final String lower;
    private Sentence owner;
    private int index;

    public Token(String text, int start, int end, String tag) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.tag = tag;
        this.lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    public String text() {
        return text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The part-of-speech tag, tagged with the whole sentence when first asked for. */
    public String tag() {
        if (tag == null && owner != null)
            owner.tagNow(index);
        return tag == null ? "X" : tag;
    }

    void tag(String t) {
        this.tag = t;
    }

    void owner(Sentence s, int i) {
        this.owner = s;
        this.index = i;
    }

    /** Lower case, curly apostrophes made straight: the form rules are written in. */
    public String lower() {
        return lower;
    }

    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean properNoun() {
        return tag().startsWith("PROPN");
    }

    public boolean isPossessive() {
        return lower.equals("'s") || lower.equals("'");
    }

    @Override
    public String toString() {
        return text + "/" + tag();
    }
}
