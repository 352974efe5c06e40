package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The actors of one sentence (states, organizations, persons and groups named as themselves,
 * not as adjectives or places), with the token positions they are named at, and the ways the
 * finders ask for them: before a trigger, after it, in its clause, outside quotation marks.
 */
final class SentenceActors {
    static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "but", "while", "whereas", "although", "meanwhile");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "again", "repeatedly", "regularly",
            "then", "later", "previously", "has also", "was", "were", "is");
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we");

    final Sentence s;
    final List<Mention> all;
    final List<Mention> actors = new ArrayList<>();
    /** Tokens inside quotation marks: words quoted, not the reporter's. */
    final boolean[] quoted;
    /** What a subject pronoun ("he", "it") stands for, from the sentences before. */
    private final Function<String, Ent> referent;
    /** The states the sentences before last named together: what "they" most likely are. */
    final List<Ent> lastGroup;

    SentenceActors(Sentence s, List<Mention> mentions, Function<String, Ent> referent) {
        this(s, mentions, referent, List.of());
    }

    SentenceActors(Sentence s, List<Mention> mentions, Function<String, Ent> referent, List<Ent> lastGroup) {
        this.s = s;
        this.all = mentions;
        this.referent = referent;
        this.lastGroup = List.copyOf(lastGroup);
        this.quoted = quoted(s);
        for (Mention m : mentions)
            if (isActor(m))
                actors.add(m);
        // the most specific actor: a state is left out where a person holding its office is named
        Set<Ent> statesOfPeople = new LinkedHashSet<>();
        for (Mention m : actors)
            if (m.entity().isPerson() && m.entity().state != null)
                statesOfPeople.add(m.entity().state);
        actors.removeIf(m -> !m.entity().isPerson() && statesOfPeople.contains(m.entity()) && isOrganOfPerson(m));
    }

    static boolean isActor(Mention m) {
        return !m.attributive() && !m.asPlace() && m.entity().isActor();
    }

    private boolean isOrganOfPerson(Mention m) {
        return m.to() < s.size() && s.token(m.to()).isPossessive();
    }

    Ent referent(String pronoun) {
        return referent.apply(pronoun);
    }

    /** Actors named between tokens {@code from} and {@code to}, the nearest to {@code to} first. */
    List<Ent> between(int from, int to) {
        List<Ent> found = new ArrayList<>();
        for (int i = actors.size() - 1; i >= 0; i--) {
            Mention m = actors.get(i);
            if (m.from() >= from && m.to() <= to && !found.contains(m.entity()))
                found.add(m.entity());
        }
        return found;
    }

    /** Actors outside quotation marks between tokens {@code from} and {@code to}, the nearest to {@code to} first. */
    List<Ent> unquotedBetween(int from, int to) {
        List<Ent> found = new ArrayList<>();
        for (int i = actors.size() - 1; i >= 0; i--) {
            Mention m = actors.get(i);
            if (m.from() >= from && m.to() <= to && !quoted[m.from()] && !found.contains(m.entity()))
                found.add(m.entity());
        }
        return found;
    }

    /** Who speaks in '"...," said Maria Zakharova': the actor right after a verb that follows a quote. */
    List<Ent> speakerAfterQuote(int verbFrom, int verbTo) {
        int k = verbFrom - 1;
        while (k >= 0 && s.token(k).text().matches("[,.!?]"))
            k--;
        if (k >= 0 && s.token(k).text().matches("[\"\u201D']")) {
            List<Ent> after = unquotedBetween(verbTo, Math.min(s.size(), verbTo + 8));
            return after.isEmpty() ? after : List.of(after.get(after.size() - 1));
        }
        return List.of();
    }

    /** Actors of the clause before token {@code i}, outside quotes, the nearest first; a pronoun there stands for its referent. */
    List<Ent> before(int i) {
        int start = clauseStart(i);
        List<Ent> found = unquotedBetween(start, i);
        if (found.isEmpty())
            for (int k = i - 1; k >= start; k--)
                if (SUBJECT_PRONOUNS.contains(s.token(k).lower())) {
                    Ent ref = referent(s.token(k).lower());
                    if (ref != null)
                        found.add(ref);
                    break;
                }
        return found;
    }

    /**
     * The subject of a verb at token {@code i}: as {@link #before}, but past an apposition that
     * ends right before the verb ("Maduro, a supporter of President Putin, has accused ...").
     */
    List<Ent> subjectBefore(int i) {
        int k = i - 1;
        while (k >= 0 && AUXILIARIES.contains(s.token(k).lower()))
            k--;
        if (k > 0 && s.token(k).text().equals(",")) {
            int open = k - 1;
            while (open >= 0 && !s.token(open).text().equals(","))
                open--;
            if (open > 0) {
                List<Ent> outside = unquotedBetween(clauseStart(open), open);
                if (!outside.isEmpty())
                    return outside;
            }
        }
        return before(i);
    }

    /** Actors after token {@code i}, up to the end of the clause, the nearest first. */
    List<Ent> after(int i) {
        List<Ent> found = new ArrayList<>();
        int end = clauseEnd(i);
        for (Mention m : actors)
            if (m.from() >= i && m.to() <= end && !found.contains(m.entity()))
                found.add(m.entity());
        return found;
    }

    int clauseStart(int i) {
        for (int k = i - 1; k >= 0; k--)
            if (CLAUSE_BREAKS.contains(s.token(k).lower()))
                return k + 1;
        return 0;
    }

    int clauseEnd(int i) {
        for (int k = i; k < s.size(); k++)
            if (CLAUSE_BREAKS.contains(s.token(k).lower()))
                return k;
        return s.size();
    }

    /** An actor named right at token {@code i}. */
    boolean startsAt(int i) {
        return actors.stream().anyMatch(m -> m.from() == i);
    }

    /** The actor mention that covers token {@code i}, if any. */
    Mention at(int i) {
        for (Mention m : actors)
            if (m.from() <= i && i < m.to())
                return m;
        return null;
    }

    /** An actor is named over token {@code i}: a verb-looking word inside a name ("Democratic Forces") is not a verb. */
    boolean insideActor(int i) {
        return at(i) != null;
    }

    Ent place() {
        for (Mention m : all)
            if (m.asPlace())
                return m.entity();
        return null;
    }

    /** One of the words shortly before the mention, in the same phrase (no comma or "and" between). */
    boolean precededInPhrase(Mention m, Predicate<String> word, int window) {
        for (int k = m.from() - 1; k >= Math.max(0, m.from() - window); k--) {
            String w = s.token(k).lower();
            if (word.test(w))
                return true;
            if (w.equals(",") || w.equals("and") || w.equals(";"))
                return false;
        }
        return false;
    }

    private static boolean[] quoted(Sentence s) {
        boolean[] q = new boolean[s.size()];
        boolean in = false;
        for (int i = 0; i < s.size(); i++) {
            String t = s.token(i).text();
            if (t.equals("\u201C") || (t.equals("\"") && !in)) {
                in = true;
                continue;
            }
            if (t.equals("\u201D") || (t.equals("\"") && in)) {
                in = false;
                continue;
            }
            q[i] = in;
        }
        return q;
    }
}
