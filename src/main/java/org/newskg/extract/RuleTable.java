package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of one table, indexed by the words they start with so that a sentence is
 * scanned once per table, not once per rule.
 */
public final class RuleTable {
    private final String name;
    private final List<Rule> rules;
    private final Map<String, List<Rule>> byFirstWord = new HashMap<>();
    private final List<Rule> unindexed = new ArrayList<>();

    RuleTable(String name, List<Rule> rules) {
        this.name = name;
        this.rules = List.copyOf(rules);
        for (Rule r : rules) {
            List<String> first = r.pattern().firstWords();
            if (first.isEmpty())
                unindexed.add(r);
            else
                for (String w : first)
                    byFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
        }
    }

    /** Reads a table: tab-separated, pattern first; {@code #} comments and blank lines skipped. */
    static RuleTable read(String name, Reader in) throws IOException {
        List<Rule> rules = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF"))
                line = line.substring(1);   // a byte order mark an editor put there is not part of the first rule
            if (line.isBlank() || line.stripLeading().startsWith("#"))
                continue;
            String[] cols = line.split("\t", -1);
            try {
                List<String> columns = List.of(Arrays.copyOfRange(cols, 1, cols.length));
                // a number column is a confidence: a bad one is an error of the table, found now rather than per article
                for (String c : columns)
                    if (c.trim().matches("[0-9.].*") && !validConfidence(c.trim()))
                        throw new IllegalArgumentException("'" + c.trim() + "' is not a confidence between 0 and 1");
                rules.add(new Rule(name, n, TokenPattern.parse(cols[0]), columns));
            } catch (IllegalArgumentException e) {
                throw new IOException(name + ":" + n + ": " + e.getMessage(), e);
            }
        }
        return new RuleTable(name, rules);
    }

    private static boolean validConfidence(String c) {
        try {
            double d = Double.parseDouble(c);
            return d >= 0 && d <= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public String name() {
        return name;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Every match in the sentence, the longest at each position only, left to right, not overlapping. */
    public List<RuleMatch> find(Sentence s) {
        List<RuleMatch> found = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            RuleMatch best = longestAt(s, i);
            if (best == null) {
                i++;
            } else {
                found.add(best);
                i = best.to();
            }
        }
        return found;
    }

    /** The longest match starting at token {@code i}, or null; on a tie the earlier rule wins. */
    public RuleMatch longestAt(Sentence s, int i) {
        RuleMatch best = null;
        for (Rule r : byFirstWord.getOrDefault(s.token(i).lower(), List.of()))
            best = better(best, r, s, i);
        for (Rule r : unindexed)
            best = better(best, r, s, i);
        return best;
    }

    private static RuleMatch better(RuleMatch best, Rule r, Sentence s, int i) {
        int len = r.pattern().matchAt(s, i);
        if (len <= 0 || (best != null && len < best.to() - best.from()))
            return best;
        if (best != null && len == best.to() - best.from() && best.rule().line() < r.line())
            return best;
        return new RuleMatch(r, i, i + len);
    }

    /** True when a rule of this table matches at token {@code i}. */
    public boolean matchesAt(Sentence s, int i) {
        return i >= 0 && i < s.size() && longestAt(s, i) != null;
    }
}
