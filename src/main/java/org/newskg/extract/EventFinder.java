package org.newskg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Events from the {@code events} table: meetings, visits, calls, summits, attacks, drills,
 * expulsions. Roles come from word order around the trigger: the visitor before "visited",
 * the attacker before "attacked" and the target after it. The parties of a meeting, call,
 * summit or drill come from the sentence's structure where it names two ("X met Y", "X held
 * talks with Y", "talks between X and Y"), else everyone named.
 */
final class EventFinder {
    private static final Set<String> ANAPHORIC = Set.of("the", "this", "that", "their", "his", "her", "its", "during", "after");
    /** "any talks", "such attacks", "all attacks on civilians": the kind of event, not one that took place. */
    private static final Set<String> GENERIC = Set.of("any", "such", "no", "every", "all");
    /** "all types of attacks", "any kind of talks". */
    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being");
    private static final Set<String> KINDS = Set.of("type", "types", "kind", "kinds", "form", "forms");

    final List<Found.Event> events = new ArrayList<>();

    void read(SentenceContext c) {
        SentenceActors a = c.actors;
        Sentence s = c.s;
        for (RuleMatch m : c.found("events")) {
            String type = m.rule().column(0, "Event");
            if (type.equals("PhoneCall") && m.rule().confidence(1, 0.5) < 0.5 && !a.startsAt(m.to()))
                continue; // "X called Y" is a call only with someone called; "called the moves baseless" is not
            if (withinAccusation(c, m))
                continue; // "accused Georgia of a provocation timed to undermine the summit": what is alleged, not an event
            if (type.equals("Attack") && (agreementWithin(c, m.to(), 4) || !c.found("allegations").isEmpty()))
                continue; // "struck a deal"; and an attack only alleged is an allegation, not an event
            if (generic(s, m.from()) || passiveMeeting(c, m) || metSomething(c, m) || releasedThing(c, m))
                continue;
            Found.Event e = new Found.Event(type, m.rule().column(2, null), s, m.rule().confidence(1, 0.6));
            e.planned = "planned".equals(c.modality(m.from(), 3));
            List<Ent> before = a.before(m.from()), after = a.after(m.to());
            switch (type) {
                case "Attack" -> {
                    e.attackers.addAll(before);
                    e.targets.addAll(after);
                }
                case "StateVisit" -> {
                    if (attributive(c, m) && !after.isEmpty()) {
                        e.participants.add(after.get(0));
                    } else {
                        e.participants.addAll(before.isEmpty() ? after : before);
                        if (!before.isEmpty())
                            after.stream().filter(x -> !before.contains(x)).forEach(e.hosts::add);
                    }
                }
                case "Expulsion" -> {
                    e.participants.addAll(before);
                    e.targets.addAll(after);
                }
                case "Meeting", "PhoneCall", "Summit", "MilitaryExercise" -> {
                    e.participants.addAll(parties(c, m));
                    if (e.participants.size() < 2)
                        e.participants.addAll(a.between(0, s.size()));
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
            e.date = c.date();
            merge(e, ANAPHORIC.contains(c.wordBefore(m.from())) || type.equals("Summit") && definite(s, m.from()));
        }
    }

    /**
     * The parties of a meeting, call, summit or drill as the sentence's structure gives them: the subject of
     * the trigger verb ("X met Y", "X held talks with Y") or of the verb that governs the noun
     * ("X and Y began talks"), its object, its possessor ("Modi's talks") and the phrases after
     * "with" and "between".
     */
    private static List<Ent> parties(SentenceContext c, RuleMatch m) {
        Clause cl = c.clause();
        boolean verb = c.s.token(m.from()).tag().equals("VERB");
        int governor = verb ? m.from() : cl.governingVerb(m.from());
        List<Ent> found = new ArrayList<>();
        if (governor >= 0 && !cl.passive(governor))
            found.addAll(cl.subject(governor));
        if (verb)
            found.addAll(cl.object(m.to()));
        found.addAll(cl.possessor(m.from()));
        found.addAll(cl.complement(m.to(), "with"));
        found.addAll(cl.complement(m.to(), "between"));
        return found.stream().distinct().toList();
    }

    /**
     * A kind of event rather than one that happened: "any negotiations", "such attacks", "all
     * types of attacks", "activities such as joint exercises" (the determiner may stand before
     * the trigger's adjectives).
     */
    private static boolean generic(Sentence s, int trigger) {
        int k = trigger - 1;
        if (k >= 1 && s.token(k).lower().equals("of") && KINDS.contains(s.token(k - 1).lower()))
            k -= 2;
        for (; k >= 0 && k >= trigger - 4; k--) {
            String w = s.token(k).lower();
            if (GENERIC.contains(w) || w.equals("as") && k > 0 && s.token(k - 1).lower().equals("such"))
                return true;
            if (!s.token(k).tag().equals("ADJ"))
                return false;
        }
        return false;
    }

    /**
     * "a video released by the navy", "a statement released at the meeting": "released" right
     * after a noun, without "was" or "were", describes a thing made public, not people set free.
     */
    private static boolean releasedThing(SentenceContext c, RuleMatch m) {
        if (!"release".equals(m.rule().column(2, null)) || m.from() == 0)
            return false;
        Token before = c.s.token(m.from() - 1);
        return before.tag().equals("NOUN") && !c.actors.insideActor(m.from() - 1);
    }

    /** "met its obligations", "met the demands": "met" with an object that names no one is not a meeting. */
    private static boolean metSomething(SentenceContext c, RuleMatch m) {
        if (m.to() - m.from() != 1 || m.to() >= c.s.size() || !c.s.token(m.from()).lower().startsWith("met"))
            return false;
        String tag = c.s.token(m.to()).tag();
        if (!tag.equals("DET") && !tag.equals("PRON"))
            return false;
        for (int k = m.to() + 1; k < Math.min(c.s.size(), m.to() + 4); k++) {
            String t = c.s.token(k).tag();
            if (c.s.token(k).text().equals(",") || t.equals("ADP") || t.equals("VERB"))
                break;
            for (Mention x : c.actors.all)
                if (x.from() <= k && k < x.to() && x.entity().isActor())
                    return false; // "met the Chinese president", "met his Turkish counterpart"
        }
        return true;
    }

    /** "Pakistan's visiting Prime Minister", "the visiting delegation": the visitor is the phrase the participle modifies. */
    private static boolean attributive(SentenceContext c, RuleMatch m) {
        if (!c.s.token(m.from()).lower().equals("visiting") || m.from() == 0)
            return false;
        Token before = c.s.token(m.from() - 1);
        return before.isPossessive() || Set.of("the", "a", "his", "her", "its", "their").contains(before.lower());
    }

    /** "the proposal has not been met with understanding": a passive "met" is a reception, not a meeting. */
    private static boolean passiveMeeting(SentenceContext c, RuleMatch m) {
        if (m.to() - m.from() != 1 || !c.s.token(m.from()).lower().equals("met"))
            return false;
        int k = m.from() - 1;
        while (k >= 0 && (c.s.token(k).lower().equals("not") || c.s.token(k).lower().equals("also")))
            k--;
        return k >= 0 && BE.contains(c.s.token(k).lower());
    }

    /** "the 41st Gulf summit": a definite noun phrase, which names an event already known. */
    private static boolean definite(Sentence s, int trigger) {
        for (int k = trigger - 1; k >= Math.max(0, trigger - 4); k--) {
            String w = s.token(k).lower();
            if (w.equals("the") || w.equals("this"))
                return true;
            if (s.token(k).tag().equals("VERB") || s.token(k).tag().equals("ADP") || w.equals(","))
                return false;
        }
        return false;
    }

    private static boolean sameVisitor(Found.Event a, Found.Event b) {
        return a.participants.stream().anyMatch(x -> x.isPerson() && b.participants.contains(x));
    }

    /** An accusing verb before the trigger, in the same clause: the trigger is part of what is alleged. */
    private static boolean withinAccusation(SentenceContext c, RuleMatch trigger) {
        for (RuleMatch a : c.found("allegations"))
            if (a.to() <= trigger.from() && c.s.token(a.from()).tag().equals("VERB")
                    && c.clause().sameClause(a.to(), trigger.from()))
                return true;
        return false;
    }

    private static boolean agreementWithin(SentenceContext c, int from, int window) {
        RuleTable agreements = c.table("agreements");
        for (int k = from; k < Math.min(c.s.size(), from + window); k++) {
            RuleMatch r = agreements.longestAt(c.s, k);
            // a "+" row only refines an agreement named elsewhere: "fought a border war" is no deal
            if (r != null && !r.rule().column(0, "").startsWith("+"))
                return true;
        }
        return false;
    }

    /**
     * The same event told again: the same kind between the same actors in a nearby sentence,
     * "the meeting" / "their talks" / "the Gulf summit" after one was reported, or a visit by
     * a person whose visit was reported ("during the visit, Erdogan visited the base").
     */
    private void merge(Found.Event e, boolean anaphoric) {
        int at = e.evidence.get(0).index();
        for (Found.Event old : Found.recent(events))
            if (old.type.equals(e.type) && old.planned == e.planned && Objects.equals(old.label, e.label)
                    && (anaphoric && !Collections.disjoint(Found.states(old.everyone()), Found.states(e.everyone()))
                        || Found.sameStates(old.everyone(), e.everyone())
                           && at - old.evidence.get(old.evidence.size() - 1).index() <= 2
                        || e.type.equals("StateVisit") && sameVisitor(old, e))) {
                old.alsoIn(e.evidence.get(0), e.confidence);
                if (old.place == null)
                    old.place = e.place;
                if (old.date == null)
                    old.date = e.date;
                return;
            }
        events.add(e);
    }
}
