package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * The first stage of extraction: sentences, tokens and part-of-speech tags from OpenNLP.
 *
 * <p>Two adjustments to what the models give, both because the rules need them: a line break
 * that ends a paragraph, a heading or a dateline always ends a sentence (news pages put
 * headings and paragraphs on lines of their own, without a full stop), and a possessive
 * "'s" is split from its noun ("Russia's" becomes "Russia" "'s"), as the UD tokenizer keeps
 * them together.
 */
public final class TextAnalyzer {
    private final NlpModels models;

    public TextAnalyzer(NlpModels models) {
        this.models = models;
    }

    public static TextAnalyzer english() {
        return new TextAnalyzer(NlpModels.english());
    }

    public AnalyzedText analyze(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.length();
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                String line = text.substring(lineStart, lineEnd);
                for (Span s : models.sentences.sentPosDetect(line)) {
                    Sentence sentence = sentence(text, sentences.size(), lineStart + s.getStart(), lineStart + s.getEnd());
                    if (sentence.size() > 0)
                        sentences.add(sentence);
                }
            }
            lineStart = lineEnd + 1;
        }
        return new AnalyzedText(text, sentences);
    }

    private Sentence sentence(String text, int index, int start, int end) {
        String s = text.substring(start, end);
        List<int[]> spans = new ArrayList<>();
        for (Span t : models.tokens.tokenizePos(s))
            splitPossessive(s, t.getStart(), t.getEnd(), spans);
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++)
            words[i] = s.substring(spans.get(i)[0], spans.get(i)[1]);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++)
            tokens.add(new Token(words[i], start + spans.get(i)[0], start + spans.get(i)[1], null));
        return new Sentence(index, start, end, tokens, models.tags::tag);
    }

    private static void splitPossessive(String s, int start, int end, List<int[]> out) {
        int len = end - start;
        if (len > 2) {
            char apostrophe = s.charAt(end - 2), last = s.charAt(end - 1);
            if ((apostrophe == '\'' || apostrophe == '\u2019') && (last == 's' || last == 'S')
                    && Character.isLetter(s.charAt(end - 3))) {
                out.add(new int[] { start, end - 2 });
                out.add(new int[] { end - 2, end });
                return;
            }
        }
        out.add(new int[] { start, end });
    }
}
