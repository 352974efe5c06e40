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
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "again", "repeatedly", "regularly",
            "then", "later", "previously", "has also", "was", "were", "is");
    private static final Set<String> ANAPHORIC = Set.of("the", "this", "that", "their", "his", "her", "its", "during", "after");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we");
    /** Words before an actor that make it a mediator, host or witness of an agreement, or its opponent, not a party. */
    private static final Set<String> NOT_PARTIES = Set.of("mediated", "mediation", "mediator", "brokered", "hosted", "host",
            "witnessed", "help", "helped", "facilitated", "facilitating", "sponsored", "guaranteed", "guarantor",
            "guarantors", "according", "presence", "against", "role", "co-mediated", "intermediary");

    private final Rules rules;
    private final Discourse discourse;
    private final DateResolver dates;
    private final String text;

    final List<Found.Event> events = new ArrayList<>();
    final List<Found.Agreement> agreements = new ArrayList<>();
    final List<Found.Allegation> allegations = new ArrayList<>();
    final List<Found.Denial> denials = new ArrayList<>();
    final List<Found.Statement> statements = new ArrayList<>();
    final List<Found.TradeFlow> tradeFlows = new ArrayList<>();

    /** The main actor of the last sentence that had one: what "it" or "he" most likely refers to. */
    private Ent lastSubject;
    private Ent lastPerson;
    /** The states of the last sentences that named several, the latest first: what "the two countries" refers to. */
    private final List<List<Ent>> groups = new ArrayList<>();
    /** Mentions of the current sentence that stand for such a group. */
    private final List<Mention> groupMentions = new ArrayList<>();

    FactFinder(Rules rules, Discourse discourse, DateResolver dates) {
        this.rules = rules;
        this.discourse = discourse;
        this.dates = dates;
        this.text = discourse.text();
    }

    /** The matches of each table in the current sentence, found once. */
    private final java.util.Map<String, List<RuleMatch>> matches = new java.util.HashMap<>();
    private Sentence matched;

    private List<RuleMatch> found(String table, Sentence s) {
        if (matched != s) {
            matches.clear();
            matched = s;
        }
        return matches.computeIfAbsent(table, t -> rules.table(t).find(s));
    }

    void read(Sentence s, List<Mention> mentions) {
        mentions = withGroupsResolved(s, mentions);
        Actors a = new Actors(s, mentions);
        findEvents(s, a);
        findStatements(s, a);
        findAgreements(s, a);
        findAllegations(s, a);
        findDenials(s, a);
        findTrade(s, a);
        for (Mention m : mentions)
            if (isActor(m) && m.entity().isPerson())
                lastPerson = m.entity();
        Mention first = mentions.stream().filter(FactFinder::isActor).findFirst().orElse(null);
        if (first != null)
            lastSubject = first.entity();
        List<Ent> states = new ArrayList<>();
        for (Mention m : mentions)
            if (isActor(m) && m.entity().asState().type.equals("State") && !states.contains(m.entity().asState()))
                states.add(m.entity().asState());
        if (states.size() >= 2) {
            groups.add(0, states);
            if (groups.size() > 8)
                groups.remove(groups.size() - 1);
        }
    }

    private static final java.util.Map<String, Integer> NUMBERS = java.util.Map.of("two", 2, "both", 2, "three", 3,
            "four", 4, "five", 5, "six", 6);
    private static final Set<String> GROUP_NOUNS = Set.of("countries", "states", "nations", "sides", "governments",
            "neighbours", "neighbors", "leaders", "parties");

    /** "the four countries", "both sides": the states of the last sentence that named that many. */
    private List<Mention> withGroupsResolved(Sentence s, List<Mention> mentions) {
        groupMentions.clear();
        if (groups.isEmpty())
            return mentions;
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < s.size(); i++) {
            Integer n = NUMBERS.get(s.token(i).lower());
            int noun = i + 1;
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
        out.sort(java.util.Comparator.comparingInt(Mention::from));
        return out;
    }

    /**
     * The latest group of {@code n} states named before ("the four countries accused Qatar"),
     * taken whole or less the states the sentence names apart; "both" takes the latest group's first two.
     */
    private List<Ent> groupOf(int n, List<Mention> mentions) {
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

    private static boolean isActor(Mention m) {
        return !m.attributive() && !m.asPlace() && m.entity().isActor();
    }

    /** The actors of a sentence, with the token positions they are named at. */
    private final class Actors {
        final Sentence s;
        final List<Mention> all;
        final List<Mention> actors = new ArrayList<>();
        /** Tokens inside quotation marks: words quoted, not the reporter's. */
        final boolean[] quoted;

        Actors(Sentence s, List<Mention> mentions) {
            this.s = s;
            this.all = mentions;
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
        for (RuleMatch m : found("events", s)) {
            String type = m.rule().column(0, "Event");
            if (type.equals("PhoneCall") && m.rule().confidence(1, 0.5) < 0.5 && !a.startsAt(m.to()))
                continue; // "X called Y" is a call only with someone called; "called the moves baseless" is not
            if (type.equals("Attack") && (agreementWithin(s, m.to(), 4) || !found("allegations", s).isEmpty()))
                continue; // "struck a deal"; and an attack only alleged is an allegation, not an event
            Found.Event e = new Found.Event(type, m.rule().column(2, null), s, m.rule().confidence(1, 0.6));
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
            boolean anaphoric = m.from() > 0 && ANAPHORIC.contains(s.token(m.from() - 1).lower());
            mergeEvent(e, anaphoric);
        }
    }

    private boolean agreementWithin(Sentence s, int from, int window) {
        RuleTable agreements = rules.table("agreements");
        for (int k = from; k < Math.min(s.size(), from + window); k++)
            if (agreements.matchesAt(s, k))
                return true;
        return false;
    }

    /**
     * The same event told again: the same kind between the same actors in a nearby sentence,
     * or "the meeting" / "their talks" after one was reported.
     */
    private void mergeEvent(Found.Event e, boolean anaphoric) {
        int at = e.evidence.get(0).index();
        for (Found.Event old : recent(events))
            if (old.type.equals(e.type) && old.planned == e.planned && Objects.equals(old.label, e.label)
                    && (anaphoric && !java.util.Collections.disjoint(states(old.everyone()), states(e.everyone()))
                        || sameStates(old.everyone(), e.everyone()) && at - old.evidence.get(old.evidence.size() - 1).index() <= 2)) {
                old.alsoIn(e.evidence.get(0), e.confidence);
                if (old.place == null)
                    old.place = e.place;
                if (old.date == null)
                    old.date = e.date;
                return;
            }
        events.add(e);
    }

    /**
     * The latest facts of a kind, the latest first, at most {@value #RECENT}: what a repetition
     * or "the meeting" can refer back to. The bound keeps a pathological text (thousands of
     * facts in one article) linear; a real article never reaches it.
     */
    private static <T> List<T> recent(List<T> facts) {
        List<T> window = new ArrayList<>(facts.subList(Math.max(0, facts.size() - RECENT), facts.size()));
        java.util.Collections.reverse(window);
        return window;
    }

    private static final int RECENT = 200;

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
        List<RuleMatch> formal = found("statements", s);
        List<RuleMatch> said = found("speech", s);
        if (formal.isEmpty() && said.isEmpty())
            return;
        RuleMatch at = !formal.isEmpty() ? formal.get(0) : said.get(0);
        RuleMatch verb = said.isEmpty() ? at : said.get(0);
        List<Ent> speakers = a.speakerAfterQuote(verb.from(), verb.to());
        if (speakers.isEmpty())
            speakers = a.before(verb.from());
        if (speakers.isEmpty())
            speakers = a.after(verb.to()).stream().limit(1).toList();
        if (speakers.isEmpty())
            return;
        Found.Statement st = new Found.Statement(formal.isEmpty() ? "Remark" : "Statement", s,
                formal.isEmpty() ? 0.6 : at.rule().confidence(0, 0.7));
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

    // ---- trade flows: "Russia supplies gas to China", "India imports oil from Russia"

    private void findTrade(Sentence s, Actors a) {
        for (RuleMatch m : found("trade", s)) {
            boolean export = m.rule().column(0, "export").equals("export");
            String preposition = export ? "to" : "from";
            int prep = -1;
            for (int k = m.to(); k < Math.min(s.size(), m.to() + 8); k++)
                if (s.token(k).lower().equals(preposition)) {
                    prep = k;
                    break;
                }
            if (prep <= m.to() || "planned".equals(modality(s, m.from(), 2)))
                continue;
            List<Ent> subject = a.subjectBefore(m.from()), other = a.after(prep + 1);
            if (subject.isEmpty() || other.isEmpty() || subject.get(0).asState() == other.get(0).asState())
                continue;
            String goods = s.text(text, m.to(), prep).replaceFirst("^(?i)(the|a|an|its|their|more|less|some)\\s+", "").strip();
            if (goods.isEmpty() || !Character.isLetter(goods.charAt(0)))
                continue;
            Ent from = export ? subject.get(0).asState() : other.get(0).asState();
            Ent to = export ? other.get(0).asState() : subject.get(0).asState();
            tradeFlows.add(new Found.TradeFlow(goods, from, to, s, m.rule().confidence(1, 0.6)));
        }
    }

    // ---- agreements

    private void findAgreements(Sentence s, Actors a) {
        List<RuleMatch> matches = found("agreements", s);
        String refined = matches.stream().map(m -> m.rule().column(0, "Agreement")).filter(t -> t.startsWith("+"))
                .map(t -> t.substring(1)).findFirst().orElse(null);
        matches = matches.stream().filter(m -> !m.rule().column(0, "Agreement").startsWith("+")).toList();
        boolean specific = matches.stream().anyMatch(m -> !m.rule().column(0, "Agreement").equals("Agreement"));
        List<RuleMatch> accusations = found("allegations", s);
        for (RuleMatch m : matches) {
            String type = m.rule().column(0, "Agreement");
            if (specific && type.equals("Agreement"))
                continue;
            if (type.equals("Agreement") && refined != null)
                type = refined;
            if (accusations.stream().anyMatch(x -> x.from() < m.from()))
                continue; // "accused Norway of breaking the treaty": the treaty is what the accusation is about
            String mod = modality(s, m.from(), 4);
            if (mod != null && !type.equals("SupportPledge") && !agreedTo(s, m.from()))
                continue; // proposed, negotiated or only planned: not an agreement yet
            Set<Ent> parties = new LinkedHashSet<>();
            for (Mention x : a.actors)
                if (!a.precededInPhrase(x, NOT_PARTIES::contains, 6))
                    parties.add(x.entity().asState());
            List<Ent> between = betweenParties(s, a, m.to());
            if (between.size() >= 2) {
                // "the partnership between China and Russia": the parties are named after "between"
                parties.clear();
                between.forEach(e -> parties.add(e.asState()));
            } else if (!groupMentions.isEmpty()) {
                // "both countries accepted a truce": the parties are the group, not whoever reports it
                parties.clear();
                groupMentions.forEach(g -> parties.add(g.entity().asState()));
            }
            boolean anaphoric = m.from() > 0 && Set.of("the", "this", "that").contains(s.token(m.from() - 1).lower());
            int min = type.equals("Ceasefire") || anaphoric ? 1 : 2;
            if (parties.size() < min)
                continue;
            Found.Agreement ag = new Found.Agreement(type, s, m.rule().confidence(1, 0.5));
            ag.parties.addAll(parties);
            ag.date = dates.dateIn(s.text(text));
            mergeAgreement(ag, m.from() > 0 && Set.of("the", "this", "that").contains(s.token(m.from() - 1).lower()));
        }
    }

    /** The actors of "between A and B" right after an agreement word. */
    private static List<Ent> betweenParties(Sentence s, Actors a, int from) {
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
    private void mergeAgreement(Found.Agreement ag, boolean anaphoric) {
        for (Found.Agreement old : recent(agreements)) {
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

    private static final Set<String> AGREED_TO = Set.of("to", "a", "an", "the", "on", "immediate", "new", "permanent",
            "temporary", "lasting", "full", "bilateral");

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

    // ---- allegations and denials

    private void findAllegations(Sentence s, Actors a) {
        RuleTable denialWords = rules.table("denials");
        for (RuleMatch m : found("allegations", s)) {
            String form = m.rule().column(0, "active");
            Found.Allegation al = new Found.Allegation(s, m.rule().confidence(1, 0.6));
            if (form.equals("noun") && denialNearBefore(denialWords, s, m.from()))
                continue; // "denied the accusations": the object of a denial, not a new accusation
            if (form.equals("said-violated")) {
                RuleMatch verb = lastBefore(found("speech", s), m.from());
                if (verb == null)
                    continue;
                List<Ent> speaker = a.speakerAfterQuote(verb.from(), verb.to());
                al.accusers.addAll(first(speaker.isEmpty() ? a.before(verb.from()) : speaker));
                List<Ent> accused = speaker.isEmpty() ? a.between(verb.to(), m.from()) : a.between(0, m.from());
                al.accused.addAll(first(accused.isEmpty() ? afterBy(s, a, m.to()) : accused));
            } else if (m.to() < s.size() && s.token(m.to()).lower().equals("by")) {
                al.accusers.addAll(first(a.after(m.to())));
                al.accused.addAll(first(a.before(m.from())));
            } else {
                List<Ent> before = a.subjectBefore(m.from());
                List<Ent> after = a.after(blameOn(s, m));
                al.accusers.addAll(groupOf(before, s, a, m.from()));
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

    /** "blamed the violence on the TPLF": the accused follows "on". */
    private static int blameOn(Sentence s, RuleMatch m) {
        if (s.token(m.from()).lower().startsWith("blam"))
            for (int k = m.to(); k < Math.min(s.size(), m.to() + 6); k++)
                if (s.token(k).lower().equals("on"))
                    return k + 1;
        return m.to();
    }

    /** Several accusers named together ("Saudi Arabia, the UAE, Bahrain and Egypt accused"), else the nearest. */
    private List<Ent> groupOf(List<Ent> before, Sentence s, Actors a, int trigger) {
        if (before.size() <= 1)
            return before;
        // the nearest actor, and those listed with it by commas and "and"
        List<Ent> group = new ArrayList<>();
        List<Mention> ms = a.actors.stream().filter(m -> m.to() <= trigger && before.contains(m.entity())).toList();
        if (ms.isEmpty())
            return first(before);
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

    private static RuleMatch lastBefore(List<RuleMatch> matches, int i) {
        RuleMatch last = null;
        for (RuleMatch m : matches)
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

    /**
     * The same accusation told again: same accuser and accused, in the next sentence or about the
     * same act ("spying"); distinct incidents between the same pair stay apart.
     */
    private void mergeAllegation(Found.Allegation al) {
        int at = al.evidence.get(0).index();
        for (Found.Allegation old : recent(allegations))
            if (sameStates(old.accusers, al.accusers) && sameStates(old.accused, al.accused)
                    && (at - old.evidence.get(old.evidence.size() - 1).index() <= 1 || sameAct(old.act, al.act))) {
                old.alsoIn(al.evidence.get(0), al.confidence);
                return;
            }
        allegations.add(al);
    }

    private static boolean sameAct(String a, String b) {
        if (a == null || b == null)
            return false;
        Set<String> words = contentWords(a);
        words.retainAll(contentWords(b));
        return !words.isEmpty();
    }

    private static Set<String> contentWords(String s) {
        Set<String> words = new java.util.HashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
            if (w.length() >= 5)
                words.add(w);
        return words;
    }

    private void findDenials(Sentence s, Actors a) {
        for (RuleMatch m : found("denials", s)) {
            // who denies: the actors before the word, else anyone the sentence names outside quotes
            // ("unfounded accusations made against our country," the Beninese Foreign Ministry said)
            List<Ent> candidates = new ArrayList<>(a.before(m.from()));
            if (candidates.isEmpty())
                candidates.addAll(a.unquotedBetween(0, s.size()));
            if (candidates.isEmpty() && lastSubject != null)
                candidates.add(lastSubject);
            if (candidates.isEmpty())
                continue;
            denials.add(new Found.Denial(candidates, quote(s), s, m.rule().confidence(0, 0.6)));
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
            for (Found.Allegation al : recent(allegations)) {
                Ent by = d.candidates.stream().filter(c -> al.accused.stream().anyMatch(x -> x.asState() == c.asState()))
                        .findFirst().orElse(null);
                if (by == null)
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
            if (best != null && best.denials.stream().noneMatch(x -> x.evidence.equals(d.evidence))) {
                Found.Allegation target = best;
                d.by = d.candidates.stream().filter(c -> target.accused.stream().anyMatch(x -> x.asState() == c.asState()))
                        .findFirst().orElseThrow();
                best.denials.add(d);
            }
        }
        // a denial that accuses back: "Russia denied it and accused Ukraine of provocations"
        java.util.Map<Sentence, List<Found.Allegation>> bySentence = new java.util.HashMap<>();
        for (Found.Allegation al : allegations)
            bySentence.computeIfAbsent(al.evidence.get(0), k -> new ArrayList<>()).add(al);
        Set<Found.Allegation> counters = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Found.Allegation al : allegations)
            for (Found.Denial d : al.denials)
                for (Found.Allegation other : bySentence.getOrDefault(d.evidence.get(0), List.of()))
                    if (other != al && !counters.contains(other)
                            && sameStates(other.accusers, al.accused) && sameStates(other.accused, al.accusers)) {
                        al.counterClaims.add(other);
                        counters.add(other);
                    }
        allegations.removeIf(counters::contains);
    }
}
