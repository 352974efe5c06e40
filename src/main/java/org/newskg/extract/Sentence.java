package org.newskg.extract;

import java.util.List;
import java.util.function.Function;

/**
 * A sentence of the article: its UTF-16 offsets in the text and its tokens. Parts of speech
 * are tagged when a rule asks for one, in a window around the token asked about: few tokens
 * ever need a tag, and tagging is the costliest step of the analysis.
 */
public final class Sentence {
    private final int index;
    private final int start;
    private final int end;
    private final List<Token> tokens;
    private Function<String[], String[]> tagger;

    /** A sentence whose tokens carry their tags already. */
    public Sentence(int index, int start, int end, List<Token> tokens) {
        this(index, start, end, tokens, null);
    }

    /** A sentence whose tokens are tagged by {@code tagger} on first need. */
    Sentence(int index, int start, int end, List<Token> tokens, Function<String[], String[]> tagger) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.tokens = List.copyOf(tokens);
        this.tagger = tagger;
        for (int i = 0; i < this.tokens.size(); i++)
            this.tokens.get(i).owner(this, i);
    }

    public int index() {
        return index;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The text of the sentence, from the article text. */
    public String text(String articleText) {
        return articleText.substring(start, end);
    }

    /** Text from token {@code from} to token {@code to} (exclusive), as written in the article. */
    public String text(String articleText, int from, int to) {
        return articleText.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** Words of context each side of a token tagged alone: the tagger's features look two words each way. */
    static final int CONTEXT = 3;
    private int windowsTagged;

    /**
     * Tags token {@code i}: the few words around it (the tagger's features reach two words
     * each side, so its tag is the one the whole sentence would give it almost always), or,
     * once a sentence has asked twice, the whole sentence.
     */
    void tagNow(int i) {
        if (tagger == null)
            return;
        if (++windowsTagged > 2 || tokens.size() <= 4 * CONTEXT) {
            tag(0, tokens.size());
            tagger = null;
            return;
        }
        int from = Math.max(0, i - CONTEXT), to = Math.min(tokens.size(), i + CONTEXT + 1);
        String[] tags = tagger.apply(words(from, to));
        tokens.get(i).tag(tags[i - from]);
    }

    private void tag(int from, int to) {
        String[] tags = tagger.apply(words(from, to));
        for (int k = from; k < to; k++)
            tokens.get(k).tag(tags[k - from]);
    }

    private String[] words(int from, int to) {
        String[] words = new String[to - from];
        for (int k = from; k < to; k++)
            words[k - from] = tokens.get(k).text();
        return words;
    }

    @Override
    public String toString() {
        return tokens.toString();
    }
}
