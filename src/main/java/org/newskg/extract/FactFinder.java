package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The second stage: the rule tables applied to each sentence and its entity mentions, giving
 * events, agreements, allegations with their denials, and statements. Roles come from word
 * order around the trigger, as English news writes them: the accuser before "accused", the
 * accused after it; the visitor before "visited"; the parties of an agreement anywhere in the
 * sentence except behind "mediated by" or "in".
 */
final class FactFinder {
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "but", "while", "whereas", "although", "meanwhile");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we");
    private static final Set<String> NOT_PARTIES = Set.of("by", "mediated", "mediation", "brokered", "hosted", "host",
            "witnessed", "help", "helped", "facilitated", "sponsored", "guaranteed", "guarantor", "guarantors");

    private final Rules rules;
    private final Discourse discourse;
    private final DateResolver dates;
    private final String text;

    final List<Found.Event> events = new ArrayList<>();
    final List<Found.Agreement> agreements = new ArrayList<>();
    final List<Found.Allegation> allegations = new ArrayList<>();
    final List<Found.Denial> denials = new ArrayList<>();
    final List<Found.Statement> statements = new ArrayList<>();

    /** The main actor of the last sentence that had one: what "it" or "he" most likely refers to. */
    private Ent lastSubject;
    private Ent lastPerson;

    FactFinder(Rules rules, Discourse discourse, DateResolver dates) {
        this.rules = rules;
        this.discourse = discourse;
        this.dates = dates;
        this.text = discourse.text();
    }

    void read(Sentence s, List<Mention> mentions) {
        Actors a = new Actors(s, mentions);
        findEvents(s, a);
        findStatements(s, a);
        findAgreements(s, a);
        findAllegations(s, a);
        findDenials(s, a);
        for (Mention m : mentions)
            if (isActor(m) && m.entity().isPerson())
                lastPerson = m.entity();
        Mention first = mentions.stream().filter(FactFinder::isActor).findFirst().orElse(null);
        if (first != null)
            lastSubject = first.entity();
    }

    private static boolean isActor(Mention m) {
        return !m.attributive() && !m.asPlace() && m.entity().isActor();
    }

    /** The actors of a sentence, with the token positions they are named at. */
    private final class Actors {
        final Sentence s;
        final List<Mention> all;
        final List<Mention> actors = new ArrayList<>();

        Actors(Sentence s, List<Mention> mentions) {
            this.s = s;
            this.all = mentions;
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

        private boolean isOrganOfPerson(Mention m) {
            return m.to() < s.size() && s.token(m.to()).isPossessive();
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

        /** Actors of the clause before token {@code i}, the nearest first; a pronoun there stands for its referent. */
        List<Ent> before(int i) {
            int start = clauseStart(i);
            List<Ent> found = between(start, i);
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

        /** Actors after token {@code i}, up to the end of the clause, the nearest first. */
        List<Ent> after(int i) {
            List<Ent> found = new ArrayList<>();
            for (Mention m : actors)
                if (m.from() >= i && m.to() <= clauseEnd(i) && !found.contains(m.entity()))
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

        Ent place() {
            for (Mention m : all)
                if (m.asPlace())
                    return m.entity();
            return null;
        }

        boolean preceded(Mention m, Predicate<String> word, int window) {
            for (int k = Math.max(0, m.from() - window); k < m.from(); k++)
                if (word.test(s.token(k).lower()))
                    return true;
            return false;
        }
    }

    private Ent referent(String pronoun) {
        return pronoun.equals("he") || pronoun.equals("she") ? lastPerson : lastSubject;
    }

    /** A word of modality shortly before a trigger: "will meet", "is expected to visit", "plans to sign". */
    private String modality(Sentence s, int trigger, int window) {
        RuleTable modality = rules.table("modality");
        for (int k = Math.max(0, trigger - window); k < trigger; k++) {
            RuleMatch m = modality.longestAt(s, k);
            if (m != null)
                return m.rule().column(0, "planned");
        }
        return null;
    }

    // ---- events

    private void findEvents(Sentence s, Actors a) {
        for (RuleMatch m : rules.table("events").find(s)) {
            String type = m.rule().column(0, "Event");
            if (type.equals("PhoneCall") && m.rule().confidence(1, 0.5) < 0.5 && a.after(m.to()).isEmpty())
                continue; // "X called Y" is a call only with someone called; "called the moves baseless" is not
            Found.Event e = new Found.Event(type, m.rule().column(2, null), s, m.rule().confidence(1, 0.6), m.rule());
            e.planned = "planned".equals(modality(s, m.from(), 3));
            List<Ent> before = a.before(m.from()), after = a.after(m.to());
            switch (type) {
                case "Attack" -> {
                    e.attackers.addAll(before);
                    e.targets.addAll(after);
                }
                case "StateVisit" -> {
                    e.participants.addAll(before.isEmpty() ? after : before);
                    if (!before.isEmpty())
                        after.stream().filter(x -> !before.contains(x)).forEach(e.hosts::add);
                }
                case "Expulsion" -> {
                    e.participants.addAll(before);
                    e.targets.addAll(after);
                }
                default -> {
                    e.participants.addAll(a.between(0, s.size()));
                    if (e.participants.isEmpty())
                        e.participants.addAll(before);
                }
            }
            e.targets.removeAll(e.attackers);
            e.hosts.removeAll(e.participants);
            if (e.everyone().isEmpty())
                continue;
            e.place = a.place();
            e.date = dates.dateIn(s.text(text));
            mergeEvent(e);
        }
    }

    private void mergeEvent(Found.Event e) {
        for (Found.Event old : events)
            if (old.type.equals(e.type) && old.planned == e.planned && Objects.equals(old.label, e.label)
                    && sameStates(old.everyone(), e.everyone())) {
                old.alsoIn(e.evidence.get(0), e.confidence);
                if (old.place == null)
                    old.place = e.place;
                if (old.date == null)
                    old.date = e.date;
                return;
            }
        events.add(e);
    }

    private static boolean sameStates(Set<Ent> a, Set<Ent> b) {
        return states(a).equals(states(b));
    }

    private static Set<Ent> states(Set<Ent> actors) {
        Set<Ent> s = new LinkedHashSet<>();
        for (Ent e : actors)
            s.add(e.asState());
        return s;
    }

    // ---- statements: formal ones from the table, and remarks ("X said")

    private void findStatements(Sentence s, Actors a) {
        List<RuleMatch> formal = rules.table("statements").find(s);
        List<RuleMatch> said = rules.table("speech").find(s);
        if (formal.isEmpty() && said.isEmpty())
            return;
        RuleMatch at = !formal.isEmpty() ? formal.get(0) : said.get(0);
        RuleMatch verb = said.isEmpty() ? at : said.get(0);
        List<Ent> speakers = a.before(verb.from());
        if (speakers.isEmpty())
            speakers = a.after(verb.to()).stream().limit(1).toList();
        if (speakers.isEmpty())
            return;
        Found.Statement st = new Found.Statement(formal.isEmpty() ? "Remark" : "Statement", s,
                formal.isEmpty() ? 0.6 : at.rule().confidence(0, 0.7), at.rule());
        st.speakers.add(speakers.get(0));
        st.quote = quote(s);
        if (st.type.equals("Remark") && st.quote == null && !followsThat(s, verb.to()))
            return;
        st.place = a.place();
        st.date = dates.dateIn(s.text(text));
        statements.add(st);
    }

    private static boolean followsThat(Sentence s, int i) {
        return i < s.size() && (s.token(i).lower().equals("that") || s.token(i).lower().equals(":"));
    }

    /** The quoted words of a sentence, if it quotes someone. */
    private String quote(Sentence s) {
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

    // ---- agreements

    private void findAgreements(Sentence s, Actors a) {
        List<RuleMatch> matches = rules.table("agreements").find(s);
        boolean specific = matches.stream().anyMatch(m -> !m.rule().column(0, "Agreement").equals("Agreement"));
        for (RuleMatch m : matches) {
            String type = m.rule().column(0, "Agreement");
            if (specific && type.equals("Agreement"))
                continue;
            String mod = modality(s, m.from(), 4);
            if (mod != null && !type.equals("SupportPledge"))
                continue; // proposed, negotiated or only planned: not an agreement yet
            Set<Ent> parties = new LinkedHashSet<>();
            for (Mention x : a.actors)
                if (!a.preceded(x, NOT_PARTIES::contains, 2))
                    parties.add(x.entity().asState());
            int min = type.equals("Ceasefire") ? 1 : 2;
            if (parties.size() < min)
                continue;
            Found.Agreement ag = new Found.Agreement(type, s, m.rule().confidence(1, 0.5), m.rule());
            ag.parties.addAll(parties);
            ag.date = dates.dateIn(s.text(text));
            mergeAgreement(ag);
        }
    }

    private void mergeAgreement(Found.Agreement ag) {
        for (Found.Agreement old : agreements)
            if (old.type.equals(ag.type) && old.parties.equals(ag.parties)) {
                old.alsoIn(ag.evidence.get(0), ag.confidence);
                return;
            }
        agreements.add(ag);
    }

    // ---- allegations and denials

    private void findAllegations(Sentence s, Actors a) {
        RuleTable denialWords = rules.table("denials");
        for (RuleMatch m : rules.table("allegations").find(s)) {
            String form = m.rule().column(0, "active");
            Found.Allegation al = new Found.Allegation(s, m.rule().confidence(1, 0.6), m.rule());
            if (form.equals("noun") && denialNearBefore(denialWords, s, m.from()))
                continue; // "denied the accusations": the object of a denial, not a new accusation
            if (form.equals("said-violated")) {
                RuleMatch verb = lastBefore(rules.table("speech"), s, m.from());
                if (verb == null)
                    continue;
                al.accusers.addAll(first(a.before(verb.from())));
                List<Ent> accused = a.between(verb.to(), m.from());
                al.accused.addAll(first(accused.isEmpty() ? afterBy(s, a, m.to()) : accused));
            } else if (m.to() < s.size() && s.token(m.to()).lower().equals("by")) {
                al.accusers.addAll(first(a.after(m.to())));
                al.accused.addAll(first(a.before(m.from())));
            } else {
                List<Ent> before = a.before(m.from());
                List<Ent> after = a.after(m.to());
                al.accusers.addAll(groupOf(before, s, a));
                if (!after.isEmpty())
                    al.accused.addAll(first(after));
                else if (form.equals("noun") && before.size() > 1)
                    al.accused.add(before.get(0));
            }
            al.accused.removeIf(x -> al.accusers.stream().anyMatch(y -> y.asState() == x.asState()));
            if (al.accusers.isEmpty() || al.accused.isEmpty())
                continue;
            al.act = act(s, m);
            al.quote = quote(s);
            mergeAllegation(al);
        }
    }

    /** Several accusers named together ("Saudi Arabia, the UAE, Bahrain and Egypt accused"), else the nearest. */
    private List<Ent> groupOf(List<Ent> before, Sentence s, Actors a) {
        if (before.size() <= 1)
            return before;
        // the nearest actor, and those listed with it by commas and "and"
        List<Ent> group = new ArrayList<>();
        List<Mention> ms = a.actors.stream().filter(m -> before.contains(m.entity())).toList();
        Mention last = ms.get(ms.size() - 1);
        group.add(last.entity());
        for (int i = ms.size() - 2; i >= 0; i--) {
            Mention m = ms.get(i);
            boolean listed = true;
            for (int k = m.to(); k < ms.get(i + 1).from(); k++) {
                String w = s.token(k).lower();
                if (!(w.equals(",") || w.equals("and") || w.equals("the")))
                    listed = false;
            }
            if (!listed)
                break;
            group.add(0, m.entity());
            last = m;
        }
        return group;
    }

    private static List<Ent> first(List<Ent> l) {
        return l.isEmpty() ? l : List.of(l.get(0));
    }

    private List<Ent> afterBy(Sentence s, Actors a, int i) {
        return i < s.size() && s.token(i).lower().equals("by") ? a.after(i + 1) : List.of();
    }

    private static boolean denialNearBefore(RuleTable denials, Sentence s, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++)
            if (denials.matchesAt(s, k))
                return true;
        return false;
    }

    private static RuleMatch lastBefore(RuleTable table, Sentence s, int i) {
        RuleMatch last = null;
        for (RuleMatch m : table.find(s))
            if (m.to() <= i)
                last = m;
        return last;
    }

    /** What the accused is said to have done: the words after "of", "for" or "that", to the end of the clause. */
    private String act(Sentence s, RuleMatch m) {
        int from = -1;
        for (int k = m.to(); k < Math.min(s.size(), m.to() + 8); k++) {
            String w = s.token(k).lower();
            if (w.equals("of") || w.equals("for") || w.equals("that") || w.equals("over")) {
                from = k + 1;
                break;
            }
        }
        if (from < 0 || from >= s.size())
            from = m.from();
        int to = from;
        while (to < s.size() && to - from < 14 && !s.token(to).text().matches("[.;:,\"\u201C\u201D()]|--|\u2014"))
            to++;
        return to > from ? s.text(text, from, to) : s.text(text, m.from(), m.to());
    }

    private void mergeAllegation(Found.Allegation al) {
        for (Found.Allegation old : allegations)
            if (sameStates(old.accusers, al.accusers) && sameStates(old.accused, al.accused)) {
                old.alsoIn(al.evidence.get(0), al.confidence);
                return;
            }
        allegations.add(al);
    }

    private void findDenials(Sentence s, Actors a) {
        for (RuleMatch m : rules.table("denials").find(s)) {
            List<Ent> before = a.before(m.from());
            Ent by = before.isEmpty() ? null : before.get(0);
            if (by == null && !a.actors.isEmpty() && m.from() < a.actors.get(0).from())
                by = lastSubject;
            if (by == null)
                continue;
            denials.add(new Found.Denial(by, quote(s), s, m.rule().confidence(0, 0.6), m.rule()));
        }
    }

    /**
     * Each denial answers the nearest allegation against the one who denies (or their state),
     * the one in the same sentence first, then earlier ones, then later ones; an accusation made
     * in the same sentence by the denier against the accuser becomes a counter-claim.
     */
    void attachDenials() {
        for (Found.Denial d : denials) {
            Found.Allegation best = null;
            int bestDistance = Integer.MAX_VALUE;
            int at = d.evidence.get(0).index();
            for (Found.Allegation al : allegations) {
                if (al.accused.stream().noneMatch(x -> x.asState() == d.by.asState()))
                    continue;
                int distance = Integer.MAX_VALUE;
                for (Sentence s : al.evidence) {
                    int dist = s.index() <= at ? at - s.index() : 1000 + s.index() - at;
                    distance = Math.min(distance, dist);
                }
                if (distance < bestDistance) {
                    best = al;
                    bestDistance = distance;
                }
            }
            if (best != null && best.denials.stream().noneMatch(x -> x.by == d.by && x.evidence.equals(d.evidence)))
                best.denials.add(d);
        }
        // a denial that accuses back: "Russia denied it and accused Ukraine of provocations"
        List<Found.Allegation> counters = new ArrayList<>();
        for (Found.Allegation al : allegations)
            for (Found.Denial d : al.denials)
                for (Found.Allegation other : allegations)
                    if (other != al && !counters.contains(other) && other.evidence.get(0) == d.evidence.get(0)
                            && sameStates(other.accusers, al.accused) && sameStates(other.accused, al.accusers)) {
                        al.counterClaims.add(other);
                        counters.add(other);
                    }
        allegations.removeAll(counters);
    }
}
