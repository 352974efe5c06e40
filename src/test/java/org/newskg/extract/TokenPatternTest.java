package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TokenPatternTest {
    private static Sentence sentence(String... words) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            tokens.add(new Token(w, at, at + w.length(), "X"));
            at += w.length() + 1;
        }
        return new Sentence(0, 0, at, tokens);
    }

    @Test
    void alternativesArePerToken() {
        TokenPattern p = TokenPattern.parse("phone|telephone call|conversation");
        assertEquals(2, p.matchAt(sentence("a", "Telephone", "conversation"), 1));
        assertEquals(-1, p.matchAt(sentence("phone", "home"), 0));
    }

    @Test
    void prefixOptionalAndWildcard() {
        assertEquals(1, TokenPattern.parse("accus*").matchAt(sentence("accusations"), 0));
        TokenPattern optional = TokenPattern.parse("held ?bilateral talks");
        assertEquals(3, optional.matchAt(sentence("held", "bilateral", "talks"), 0));
        assertEquals(2, optional.matchAt(sentence("held", "talks"), 0));
        TokenPattern minister = TokenPattern.parse("* minister");
        assertEquals(2, minister.matchAt(sentence("Information", "Minister"), 0));
        assertEquals(-1, minister.matchAt(sentence("the", "minister"), 0), "a lone * is a content word, never 'the'");
    }

    @Test
    void aPatternMustMatchSomething() {
        assertThrows(IllegalArgumentException.class, () -> TokenPattern.parse("?only ?optional"));
        assertThrows(IllegalArgumentException.class, () -> TokenPattern.parse("a||b"));
    }
}
