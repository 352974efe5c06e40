package org.newskg.extract;

import java.util.List;

/** An article text split into sentences and tagged tokens. */
public record AnalyzedText(String text, List<Sentence> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
