package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second stage: each sentence with its entity mentions handed to one finder per fact kind
 * (events, statements, agreements, allegations and their responses, trade flows). What spans
 * sentences is kept here: who "he" or "it" most likely is, and which states "the two
 * countries" are.
 */
final class FactFinder {
    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "both", 2, "three", 3, "four", 4, "five", 5,
            "six", 6);
    private static final Set<String> GROUP_NOUNS = Set.of("countries", "states", "nations", "sides", "governments",
            "neighbours", "neighbors", "leaders", "parties", "presidents", "ministers", "premiers");
    /** Plural nouns that, after "the", stand for the states named just before when the sentence names none. */
    private static final Set<String> LEADER_GROUPS = Set.of("presidents", "leaders", "countries", "ministers",
            "premiers", "sides", "governments", "neighbours", "neighbors", "nations");

    private final Rules rules;
    private final DateResolver dates;
    private final String text;

    final EventFinder events = new EventFinder();
    final StatementFinder statements = new StatementFinder();
    final AgreementFinder agreements = new AgreementFinder();
    final AllegationFinder allegations;
    final TradeFinder trade = new TradeFinder();

    /** The main actor of the last sentence that had one: what "it" or "he" most likely refers to. */
    private Ent lastSubject;
    private Ent lastPerson;
    /** The states of the last sentences that named several, the latest first: what "the two countries" refers to. */
    private final List<List<Ent>> groups = new ArrayList<>();

    FactFinder(Rules rules, Discourse discourse, DateResolver dates) {
        this.rules = rules;
        this.dates = dates;
        this.text = discourse.text();
        this.allegations = new AllegationFinder(rules.frames("allegations"));
    }

    void read(Sentence s, List<Mention> mentions) {
        List<Mention> groupMentions = new ArrayList<>();
        mentions = withGroupsResolved(s, mentions, groupMentions);
        SentenceActors a = new SentenceActors(s, mentions, this::referent, groups.isEmpty() ? List.of() : groups.get(0));
        SentenceContext c = new SentenceContext(s, a, text, groupMentions, rules, dates);
        events.read(c);
        statements.read(c);
        agreements.read(c);
        allegations.read(c, lastSubject);
        trade.read(c);
        for (Mention m : mentions)
            if (SentenceActors.isActor(m) && m.entity().isPerson())
                lastPerson = m.entity();
        Mention first = mentions.stream().filter(SentenceActors::isActor).findFirst().orElse(null);
        if (first != null)
            lastSubject = first.entity();
        List<Ent> states = new ArrayList<>();
        for (Mention m : mentions)
            if (SentenceActors.isActor(m) && m.entity().asState().type.equals("State") && !states.contains(m.entity().asState()))
                states.add(m.entity().asState());
        if (states.size() >= 2) {
            groups.add(0, states);
            if (groups.size() > 8)
                groups.remove(groups.size() - 1);
        }
    }

    /** Once the whole article is read: denials find the allegations they answer. */
    void finish() {
        allegations.attachDenials();
    }

    private Ent referent(String pronoun) {
        return pronoun.equals("he") || pronoun.equals("she") ? lastPerson : lastSubject;
    }

    /** "the four countries", "both sides": the states of the last sentence that named that many. */
    private List<Mention> withGroupsResolved(Sentence s, List<Mention> mentions, List<Mention> groupMentions) {
        if (groups.isEmpty())
            return mentions;
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < s.size(); i++) {
            Integer n = NUMBERS.get(s.token(i).lower());
            int noun = i + 1;
            if (n == null && s.token(i).lower().equals("the")
                    && (reciprocalWithin(s, i + 2, 4) || statesNamed(mentions) == 0 && i + 1 < s.size()
                        && LEADER_GROUPS.contains(s.token(i + 1).lower())))
                n = 0; // "the countries accused each other", "the presidents also agreed": the latest group
            if (n == null || !GROUP_NOUNS.contains(s.token(noun).lower()))
                continue;
            List<Ent> group = groupOf(n, mentions);
            if (group == null)
                continue;
            for (Ent e : group) {
                Mention g = new Mention(e, i, noun + 1, false, false);
                out.add(g);
                groupMentions.add(g);
            }
        }
        out.sort(Comparator.comparingInt(Mention::from));
        return out;
    }

    private static long statesNamed(List<Mention> mentions) {
        return mentions.stream().filter(SentenceActors::isActor).map(m -> m.entity().asState())
                .filter(e -> e.type.equals("State")).distinct().count();
    }

    private static boolean reciprocalWithin(Sentence s, int from, int window) {
        for (int k = from; k + 1 < Math.min(s.size(), from + window + 1); k++)
            if (s.token(k).lower().equals("each") && s.token(k + 1).lower().equals("other")
                || s.token(k).lower().equals("one") && s.token(k + 1).lower().equals("another"))
                return true;
        return false;
    }

    /**
     * The latest group of {@code n} states named before ("the four countries accused Qatar"),
     * taken whole or less the states the sentence names apart; "both" takes the latest group's first two.
     */
    private List<Ent> groupOf(int n, List<Mention> mentions) {
        if (n == 0)
            return groups.get(0);
        for (List<Ent> g : groups) {
            if (g.size() == n)
                return g;
            List<Ent> others = new ArrayList<>(g);
            for (Mention m : mentions)
                others.remove(m.entity().asState());
            if (others.size() == n)
                return others;
        }
        return n == 2 ? groups.get(0).subList(0, 2) : null;
    }
}
