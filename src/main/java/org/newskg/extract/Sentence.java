package org.newskg.extract;

import java.util.List;

/** A sentence of the article: its UTF-16 offsets in the text and its tokens. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
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
}
