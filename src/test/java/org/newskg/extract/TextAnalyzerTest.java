package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    private final TextAnalyzer analyzer = TextAnalyzer.english();

    @Test
    void aLineBreakEndsASentenceAndOffsetsPointIntoTheText() {
        String text = "Talks end without a deal\n\nRussia's foreign minister met his Chinese counterpart. They spoke for an hour.";
        AnalyzedText a = analyzer.analyze(text);
        assertEquals(3, a.sentences().size(), "a heading without a full stop is a sentence of its own");
        for (Sentence s : a.sentences())
            for (Token t : s.tokens())
                assertEquals(t.text(), text.substring(t.start(), t.end()));
        List<String> words = a.sentences().get(1).tokens().stream().map(Token::text).toList();
        assertEquals(List.of("Russia", "'s", "foreign"), words.subList(0, 3), "the possessive is split from its noun");
    }

    @Test
    void tokensAreTaggedWithUniversalPartsOfSpeech() {
        Sentence s = analyzer.analyze("President Putin visited Beijing.").sentences().get(0);
        assertTrue(s.token(1).properNoun(), s.tokens().toString());
        assertEquals("VERB", s.token(2).tag());
    }
}
