package org.newskg.extract;

/**
 * One token of a sentence: its text, its UTF-16 offsets in the article text (end exclusive)
 * and its Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, ...).
 */
public record Token(String text, int start, int end, String tag) {
    /** Lower case, curly apostrophes made straight: the form rules are written in. */
    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    }

    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean properNoun() {
        return tag.startsWith("PROPN");
    }

    public boolean isPossessive() {
        String l = lower();
        return l.equals("'s") || l.equals("'");
    }
}
