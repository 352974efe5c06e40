package org.newskg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Events from the {@code events} table: meetings, visits, calls, summits, attacks, drills,
 * expulsions. Roles come from word order around the trigger: the visitor before "visited",
 * the attacker before "attacked" and the target after it; for a meeting, everyone named.
 */
final class EventFinder {
    private static final Set<String> ANAPHORIC = Set.of("the", "this", "that", "their", "his", "her", "its", "during", "after");

    final List<Found.Event> events = new ArrayList<>();

    void read(SentenceContext c) {
        SentenceActors a = c.actors;
        Sentence s = c.s;
        for (RuleMatch m : c.found("events")) {
            String type = m.rule().column(0, "Event");
            if (type.equals("PhoneCall") && m.rule().confidence(1, 0.5) < 0.5 && !a.startsAt(m.to()))
                continue; // "X called Y" is a call only with someone called; "called the moves baseless" is not
            if (type.equals("Attack") && (agreementWithin(c, m.to(), 4) || !c.found("allegations").isEmpty()))
                continue; // "struck a deal"; and an attack only alleged is an allegation, not an event
            Found.Event e = new Found.Event(type, m.rule().column(2, null), s, m.rule().confidence(1, 0.6));
            e.planned = "planned".equals(c.modality(m.from(), 3));
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
            e.date = c.date();
            merge(e, ANAPHORIC.contains(c.wordBefore(m.from())));
        }
    }

    private static boolean agreementWithin(SentenceContext c, int from, int window) {
        RuleTable agreements = c.table("agreements");
        for (int k = from; k < Math.min(c.s.size(), from + window); k++)
            if (agreements.matchesAt(c.s, k))
                return true;
        return false;
    }

    /**
     * The same event told again: the same kind between the same actors in a nearby sentence,
     * or "the meeting" / "their talks" after one was reported.
     */
    private void merge(Found.Event e, boolean anaphoric) {
        int at = e.evidence.get(0).index();
        for (Found.Event old : Found.recent(events))
            if (old.type.equals(e.type) && old.planned == e.planned && Objects.equals(old.label, e.label)
                    && (anaphoric && !Collections.disjoint(Found.states(old.everyone()), Found.states(e.everyone()))
                        || Found.sameStates(old.everyone(), e.everyone())
                           && at - old.evidence.get(old.evidence.size() - 1).index() <= 2)) {
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
