package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Agreements from the {@code agreements} table. The parties are read over the sentence's
 * structure: the subject of the verb that governs the agreement ("Turkey and Libya signed two
 * agreements", "the two countries agreed to ..."), the agent of a passive ("the deal was signed
 * by X and Y"), and the phrase after "with" or "between" ("signed a trade deal with
 * Australia", "the partnership between China and Russia"). Where the structure names too few,
 * every actor of the sentence is a party, less mediators, hosts and opponents.
 */
final class AgreementFinder {
    /** Words before an actor that make it a mediator, host or witness of an agreement, or its opponent, not a party. */
    private static final Set<String> NOT_PARTIES = Set.of("mediated", "mediation", "mediator", "brokered", "hosted", "host",
            "witnessed", "help", "helped", "facilitated", "facilitating", "sponsored", "guaranteed", "guarantor",
            "guarantors", "according", "presence", "against", "role", "co-mediated", "intermediary");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    /** Prepositions that name whom a pledge of support is for: "aid to Laos", "support for Qatar". */
    private static final List<String> BENEFICIARY = List.of("for", "to", "with");
    /** "the second deal", "the first agreement": another one, not the one reported before. */
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "other", "another",
            "new", "latest", "last", "separate");
    private static final Set<String> AGREED_TO = Set.of("to", "a", "an", "the", "on", "immediate", "new", "permanent",
            "temporary", "lasting", "full", "bilateral");

    final List<Found.Agreement> agreements = new ArrayList<>();

    void read(SentenceContext c) {
        SentenceActors a = c.actors;
        Sentence s = c.s;
        List<RuleMatch> matches = c.found("agreements");
        String refined = matches.stream().map(m -> m.rule().column(0, "Agreement")).filter(t -> t.startsWith("+"))
                .map(t -> t.substring(1)).findFirst().orElse(null);
        List<RuleMatch> accusations = c.found("allegations");
        // an agreement about which someone is accused, or only planned, proposed or talked about, is not one
        // reached; what is left decides whether a plain "agreed" is the only agreement of the sentence
        List<RuleMatch> reached = matches.stream()
                .filter(m -> !m.rule().column(0, "Agreement").startsWith("+"))
                .filter(m -> accusations.stream().noneMatch(x -> x.from() < m.from()))
                .filter(m -> !notReached(c, m))
                .toList();
        boolean specific = reached.stream().anyMatch(m -> !m.rule().column(0, "Agreement").equals("Agreement"));
        for (RuleMatch m : reached) {
            String type = m.rule().column(0, "Agreement");
            if (specific && type.equals("Agreement"))
                continue;
            if (type.equals("Agreement") && refined != null)
                type = refined;
            Set<Ent> parties = parties(c, m, structuralParties(c, m));
            boolean anaphoric = DEFINITE.contains(c.wordBefore(m.from()));
            int min = type.equals("Ceasefire") || anaphoric ? 1 : 2;
            if (parties.size() < min)
                continue;
            Found.Agreement ag = new Found.Agreement(type, s, m.rule().confidence(1, 0.5));
            ag.parties.addAll(parties);
            ag.date = c.date();
            if (ORDINALS.contains(c.wordBefore(m.from())))
                agreements.add(ag); // "the second deal": another agreement between the same parties
            else
                merge(ag, anaphoric);
        }
        findPledges(c);
    }

    /** Planned, proposed, or the topic of talks: by a word shortly before it, or by the verb that governs it. */
    private static boolean notReached(SentenceContext c, RuleMatch m) {
        String type = m.rule().column(0, "Agreement");
        String mod = c.modality(m.from(), 4);
        if (mod != null && (mod.equals("topic") || !type.equals("SupportPledge")) && !agreedTo(c.s, m.from()))
            return true;
        // "the two leaders discussed trade, energy and the partnership": a verb of talk earlier in the clause
        RuleTable modality = c.table("modality");
        for (int k = m.from() - 1; k >= 0 && c.clause().sameClause(k, m.from()); k--) {
            RuleMatch w = modality.longestAt(c.s, k);
            if (w != null && w.rule().column(0, "").equals("topic"))
                return true;
        }
        return false;
    }

    /** The parties of an agreement: those the structure gives, else those after "between", the group, or everyone. */
    private static Set<Ent> parties(SentenceContext c, RuleMatch m, List<Ent> structural) {
        SentenceActors a = c.actors;
        Set<Ent> parties = new LinkedHashSet<>();
        for (Ent e : structural)
            if (!namedAsMediator(a, e))
                parties.add(e.asState());
        List<Ent> between = betweenParties(c.s, a, m.to());
        if (between.size() >= 2) {
            // "the partnership between China and Russia": the parties are named after "between"
            parties.clear();
            between.forEach(e -> parties.add(e.asState()));
        } else if (!c.groupMentions.isEmpty()) {
            // "both countries accepted a truce": the parties are the group, not whoever reports it
            parties.clear();
            c.groupMentions.forEach(g -> parties.add(g.entity().asState()));
        } else if (parties.size() < 2) {
            for (Mention x : a.actors)
                if (!a.precededInPhrase(x, NOT_PARTIES::contains, 6))
                    parties.add(x.entity().asState());
        }
        return parties;
    }

    /**
     * "Turkey pledged its continued military support for Qatar": a pledging verb whose object
     * holds a word of support; the pledger is its subject, the beneficiary follows "for", "to"
     * or "with", or owns the support.
     */
    private void findPledges(SentenceContext c) {
        Clause cl = c.clause();
        List<RuleMatch> pledges = c.found("pledges");
        for (RuleMatch verb : pledges) {
            if (!verb.rule().column(0, "").equals("verb") || "planned".equals(c.modality(verb.from(), 3)))
                continue;
            RuleMatch support = pledges.stream().filter(o -> o.rule().column(0, "").equals("object")
                    && o.from() >= verb.to() && o.from() - verb.to() <= 8 && cl.sameClause(verb.to(), o.from()))
                    .findFirst().orElse(null);
            if (support == null)
                continue;
            Set<Ent> parties = new LinkedHashSet<>();
            cl.subject(verb.from()).forEach(e -> parties.add(e.asState()));
            List<Ent> beneficiary = new ArrayList<>();
            int nearest = Integer.MAX_VALUE;
            for (String p : BENEFICIARY) {
                int at = cl.prepositionAfter(support.to(), p);
                if (at >= 0 && at < nearest) {
                    nearest = at;
                    beneficiary = cl.complement(support.to(), p);
                }
            }
            if (beneficiary.isEmpty())
                beneficiary.addAll(cl.possessor(support.from()));
            beneficiary.forEach(e -> parties.add(e.asState()));
            if (parties.size() < 2)
                continue;
            Found.Agreement ag = new Found.Agreement("SupportPledge", c.s, support.rule().confidence(1, 0.6));
            ag.parties.addAll(parties);
            ag.date = c.date();
            merge(ag, false);
        }
    }

    /**
     * The parties the sentence's structure gives: the subject of the governing verb (or the agent
     * of a passive one) and the actors after "with".
     */
    private static List<Ent> structuralParties(SentenceContext c, RuleMatch m) {
        Clause cl = c.clause();
        List<Ent> parties = new ArrayList<>();
        boolean verb = c.s.token(m.from()).tag().equals("VERB");
        int governing = verb ? m.from() : cl.governingVerb(m.from());
        if (governing >= 0 && c.actors.quoted[governing])
            return parties; // "we choose a partnership," someone says: whose "we" is not for grammar to tell
        if (governing >= 0) {
            if (cl.passive(governing))
                parties.addAll(cl.complement(governing + 1, "by"));
            else
                parties.addAll(cl.subject(governing));
            addNew(parties, cl.complement(governing + 1, "with"));
        } else {
            // the agreement as subject: "the deal was signed by X and Y"
            int after = cl.verbAfter(m.to());
            if (after >= 0 && cl.passive(after))
                parties.addAll(cl.complement(after + 1, "by"));
        }
        addNew(parties, cl.complement(m.to(), "with"));
        return parties;
    }

    /** "with Brazil as mediator", "Qatar, the host,": an actor whose role the next words give as not a party. */
    private static boolean namedAsMediator(SentenceActors a, Ent e) {
        for (Mention m : a.actors)
            if (m.entity() == e) {
                for (int k = m.to(); k < Math.min(a.s.size(), m.to() + 3); k++)
                    if (NOT_PARTIES.contains(a.s.token(k).lower()))
                        return true;
                return false;
            }
        return false;
    }

    private static void addNew(List<Ent> to, List<Ent> more) {
        for (Ent e : more)
            if (!to.contains(e))
                to.add(e);
    }

    /** The actors of "between A and B" right after an agreement word. */
    private static List<Ent> betweenParties(Sentence s, SentenceActors a, int from) {
        for (int k = from; k < Math.min(s.size(), from + 3); k++)
            if (s.token(k).lower().equals("between")) {
                List<Ent> found = new ArrayList<>();
                for (Mention m : a.actors) {
                    if (m.from() <= k)
                        continue;
                    found.add(m.entity());
                    if (m.to() < s.size() && !(s.token(m.to()).lower().equals("and") || s.token(m.to()).text().equals(",")))
                        break;
                }
                return found;
            }
        return List.of();
    }

    /**
     * The same agreement told again: the same kind between mostly the same parties, or "the
     * agreement" / "the deal" after one was reported (with a party in common; one without any is
     * about something else and left out).
     */
    private void merge(Found.Agreement ag, boolean anaphoric) {
        for (Found.Agreement old : Found.recent(agreements)) {
            Set<Ent> shared = new LinkedHashSet<>(old.parties);
            shared.retainAll(ag.parties);
            boolean sameKind = old.type.equals(ag.type) || ag.type.equals("Agreement");
            if ((anaphoric && !shared.isEmpty()) || (sameKind && (shared.size() >= 2 || old.parties.equals(ag.parties)))) {
                old.alsoIn(ag.evidence.get(0), ag.confidence);
                return;
            }
        }
        if (anaphoric && !agreements.isEmpty())
            return;
        if (ag.parties.size() >= (ag.type.equals("Ceasefire") ? 1 : 2))
            agreements.add(ag);
    }

    /** "agreed to a ceasefire": the "to" of an agreement reached, not of a plan. */
    private static boolean agreedTo(Sentence s, int trigger) {
        for (int k = trigger - 1; k >= Math.max(0, trigger - 5); k--) {
            String w = s.token(k).lower();
            if (w.startsWith("agree"))
                return true;
            if (!AGREED_TO.contains(w))
                return false;
        }
        return false;
    }
}
