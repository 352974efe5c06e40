package org.newskg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every finder reads of the sentence at hand: its tokens, its actors, the article text,
 * the matches of each rule table (found once, whichever finder asks first), and the
 * mentions that stand for a group named before ("the two countries").
 */
final class SentenceContext {
    final Sentence s;
    final SentenceActors actors;
    final String text;
    final List<Mention> groupMentions;
    private final Rules rules;
    private final DateResolver dates;
    private final Map<String, List<RuleMatch>> matches = new HashMap<>();
    private Clause clause;

    SentenceContext(Sentence s, SentenceActors actors, String text, List<Mention> groupMentions, Rules rules,
                    DateResolver dates) {
        this.s = s;
        this.actors = actors;
        this.text = text;
        this.groupMentions = groupMentions;
        this.rules = rules;
        this.dates = dates;
    }

    /** The matches of a rule table in this sentence. */
    List<RuleMatch> found(String table) {
        return matches.computeIfAbsent(table, t -> rules.table(t).find(s));
    }

    RuleTable table(String name) {
        return rules.table(name);
    }

    /** The sentence's structure around its verbs, analysed when a finder first asks for it. */
    Clause clause() {
        if (clause == null)
            clause = Clause.of(s, actors);
        return clause;
    }

    /** A word of modality shortly before a trigger: "will meet", "is expected to visit", "plans to sign". */
    String modality(int trigger, int window) {
        RuleTable modality = rules.table("modality");
        for (int k = Math.max(0, trigger - window); k < trigger; k++) {
            RuleMatch m = modality.longestAt(s, k);
            if (m != null)
                return m.rule().column(0, "planned");
        }
        return null;
    }

    /** A calendar date the sentence gives, resolved against the publication date. */
    String date() {
        return dates.dateIn(s.text(text));
    }

    /** The token before {@code i} in lower case, or "" at the start. */
    String wordBefore(int i) {
        return i > 0 ? s.token(i - 1).lower() : "";
    }

    /** The quoted words of the sentence, if it quotes someone. */
    String quote() {
        String t = s.text(text);
        int open = indexOfAny(t, "\"\u201C", 0);
        if (open < 0)
            return null;
        int close = indexOfAny(t, "\"\u201D", open + 1);
        String q = (close < 0 ? t.substring(open + 1) : t.substring(open + 1, close)).strip();
        return q.split("\\s+").length >= 3 ? q : null;
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++)
            if (chars.indexOf(s.charAt(i)) >= 0)
                return i;
        return -1;
    }
}
