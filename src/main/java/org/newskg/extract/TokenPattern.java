package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sequence of token matchers, written as in the rule tables: {@code "phone|telephone call"},
 * {@code "accus*"}, {@code "?the summit"}. Each token is one or more alternatives separated by
 * {@code |}; a trailing {@code *} matches by prefix, a lone {@code *} any content word; a leading
 * {@code ?} makes the token optional.
 * Tokens are compared in lower case.
 */
public final class TokenPattern {
    private record Step(List<String> exact, List<String> prefixes, boolean optional) {
        boolean matches(String token) {
            if (exact.contains("*"))
                return token.chars().allMatch(Character::isLetterOrDigit) && !FUNCTION_WORDS.contains(token);
            if (exact.contains(token))
                return true;
            for (String p : prefixes)
                if (token.startsWith(p))
                    return true;
            return false;
        }
    }

    /** What a lone {@code *} never matches: it stands for a content word. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "a", "an", "his", "her", "its",
            "their", "our", "and", "or", "of", "for", "to", "in", "on", "former", "then", "whose", "with");

    private final String source;
    private final List<Step> steps;

    private TokenPattern(String source, List<Step> steps) {
        this.source = source;
        this.steps = steps;
    }

    public static TokenPattern parse(String pattern) {
        List<Step> steps = new ArrayList<>();
        for (String part : pattern.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            boolean optional = part.startsWith("?");
            if (optional)
                part = part.substring(1);
            List<String> exact = new ArrayList<>(), prefixes = new ArrayList<>();
            for (String alt : part.split("\\|")) {
                if (alt.isEmpty())
                    throw new IllegalArgumentException("empty alternative in pattern \"" + pattern + "\"");
                if (alt.endsWith("*") && alt.length() > 1)
                    prefixes.add(alt.substring(0, alt.length() - 1));
                else
                    exact.add(alt);
            }
            steps.add(new Step(List.copyOf(exact), List.copyOf(prefixes), optional));
        }
        if (steps.isEmpty() || steps.stream().allMatch(Step::optional))
            throw new IllegalArgumentException("pattern \"" + pattern + "\" matches nothing");
        return new TokenPattern(pattern, List.copyOf(steps));
    }

    /** Number of tokens matched at {@code from}, or -1. The longest match wins. */
    public int matchAt(Sentence s, int from) {
        return match(s, from, 0);
    }

    private int match(Sentence s, int at, int step) {
        if (step == steps.size())
            return 0;
        Step st = steps.get(step);
        int best = -1;
        if (at < s.size() && st.matches(s.token(at).lower())) {
            int rest = match(s, at + 1, step + 1);
            if (rest >= 0)
                best = rest + 1;
        }
        if (st.optional()) {
            int skip = match(s, at, step + 1);
            if (skip > best)
                best = skip;
        }
        return best;
    }

    /** Literal words a match can start with, for indexing; empty when it may start with a prefix or optional. */
    List<String> firstWords() {
        Step first = steps.get(0);
        return first.optional() || !first.prefixes().isEmpty() || first.exact().contains("*") ? List.of() : first.exact();
    }

    @Override
    public String toString() {
        return source;
    }
}
