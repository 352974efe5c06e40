package org.newskg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Allegations and the responses to them. An accusation's roles come from the frame of its
 * trigger in the {@code allegations} table, read over the sentence's structure ({@link Clause}):
 * "X accused Y and Z of ...", "Y was accused by X", "accusations by X that Y ...", "X said Y
 * was behind ...", "X holds Y responsible", "X and Y accused each other". Denials come from the
 * {@code denials} table and are attached, once the article is read, to the nearest allegation
 * against the one who denies.
 */
final class AllegationFinder {
    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being");
    private static final Set<String> HOLD = Set.of("hold", "holds", "held", "holding", "consider", "considers",
            "considered", "deemed", "deems", "found", "finds");

    final List<Found.Allegation> allegations = new ArrayList<>();
    final List<Found.Denial> denials = new ArrayList<>();
    /** Each trigger's frame, read once: rules are shared by every article. */
    private final Map<Rule, Frame> frames;

    AllegationFinder(Map<Rule, Frame> frames) {
        this.frames = frames;
    }

    /** The frames of the {@code allegations} table, each row checked: a bad row names its file and line. */
    static Map<Rule, Frame> frames(RuleTable table) {
        Map<Rule, Frame> frames = new HashMap<>();
        for (Rule r : table.rules())
            frames.put(r, Frame.of(r));
        return Map.copyOf(frames);
    }

    void read(SentenceContext c, Ent lastSubject) {
        findAllegations(c);
        findDenials(c, lastSubject);
    }

    // ---- allegations

    private void findAllegations(SentenceContext c) {
        List<RuleMatch> matches = c.found("allegations");
        for (RuleMatch m : matches) {
            Frame f = frames.get(m.rule());
            if (f.form().equals("noun") && insideAnotherAccusation(c, matches, m))
                continue; // "accused Taiwan of hyping up claims that ...": the claims are what Taiwan is accused of
            Found.Allegation al = new Found.Allegation(c.s, f.confidence());
            List<Found.Allegation> found = switch (f.form()) {
                case "verb" -> verb(c, m, f, al);
                case "noun" -> noun(c, m, f, al);
                case "predicate" -> predicate(c, m, f, al);
                default -> saidViolated(c, m, al);
            };
            for (Found.Allegation x : found) {
                x.accused.removeIf(y -> x.accusers.stream().anyMatch(z -> z.asState() == y.asState()));
                if (x.accusers.isEmpty() || x.accused.isEmpty())
                    continue;
                if (x.act == null)
                    x.act = act(c, m, f);
                x.quote = c.quote();
                merge(x);
            }
        }
    }

    private boolean insideAnotherAccusation(SentenceContext c, List<RuleMatch> matches, RuleMatch noun) {
        for (RuleMatch other : matches)
            if (other.to() <= noun.from() && frames.get(other.rule()).form().equals("verb")
                    && c.clause().sameClause(other.to(), noun.from()))
                return true;
        return false;
    }

    /** "X accused Y of ...", "Y was accused by X", "X and Y accused each other". */
    private List<Found.Allegation> verb(SentenceContext c, RuleMatch m, Frame f, Found.Allegation al) {
        if (negated(c.s, m.from()))
            return List.of(); // "he did not directly blame Eritrea": no accusation made
        Clause cl = c.clause();
        SentenceActors a = c.actors;
        String next = m.to() < c.s.size() ? c.s.token(m.to()).lower() : "";
        if ("accused".equals(f.prepositions().get(next)) && cl.reducedRelative(m.from())) {
            // "a raid blamed on Ethiopia": the accused after the frame's preposition, the accuser
            // unsaid, so whoever the sentence is about (the reporting side, in news)
            for (Map.Entry<String, String> p : f.prepositions().entrySet())
                if (p.getValue().equals("accused") && !p.getKey().equals("clause") && al.accused.isEmpty())
                    al.accused.addAll(cl.complement(m.to(), p.getKey()));
            al.accusers.addAll(cl.mainSubject(m.from()));
            return List.of(al);
        }
        boolean passive = cl.passive(m.from());
        List<Ent> subject = cl.subject(m.from());
        if (subject.isEmpty())
            subject = a.speakerAfterQuote(m.from(), m.to()); // '"...," accused X' has its subject after the verb
        if (subject.isEmpty() && !cl.hasSubjectPhrase(m.from())) {
            // no subject phrase found where grammar puts one: the nearest actor before, as word order gives it
            List<Ent> before = a.subjectBefore(m.from());
            subject = before.size() > 1 ? before.subList(0, 1) : before;
        }
        if (cl.reciprocalAt(m.to()))
            return mutual(c, subject, al);
        assign(al, passive ? f.object() : f.subject(), subject);
        if (!passive)
            assign(al, f.object(), cl.object(m.to()));
        else
            assign(al, f.subject(), cl.complement(m.to(), "by"));
        for (Map.Entry<String, String> p : f.prepositions().entrySet())
            if (!p.getValue().equals("act")) {
                List<Ent> actors = p.getKey().equals("clause") ? cl.clauseSubject(m.to()) : cl.complement(m.to(), p.getKey());
                if (!actors.isEmpty() && (p.getValue().equals("accused") && al.accused.isEmpty()
                                          || p.getValue().equals("accuser") && al.accusers.isEmpty()))
                    assign(al, p.getValue(), actors);
            }
        if (al.accused.isEmpty() && !passive)
            al.accused.addAll(first(a.after(m.to())));
        return List.of(al);
    }

    /** "The countries accused each other of ...": one allegation each way between the subjects. */
    private List<Found.Allegation> mutual(SentenceContext c, List<Ent> subjects, Found.Allegation template) {
        List<Found.Allegation> out = new ArrayList<>();
        for (Ent x : subjects)
            for (Ent y : subjects)
                if (x.asState() != y.asState()) {
                    Found.Allegation al = new Found.Allegation(c.s, template.confidence);
                    al.accusers.add(x);
                    al.accused.add(y);
                    out.add(al);
                }
        return out;
    }

    /** "accusations by X that Y ...", "X's allegations against Y", "X levelled accusations at Y". */
    private List<Found.Allegation> noun(SentenceContext c, RuleMatch m, Frame f, Found.Allegation al) {
        Clause cl = c.clause();
        SentenceActors a = c.actors;
        for (Map.Entry<String, String> p : f.prepositions().entrySet())
            if (!p.getValue().equals("act") && !p.getKey().equals("clause")) {
                int at = cl.prepositionAfter(m.to(), p.getKey());
                if (at >= 0 && at - m.to() <= 2)
                    assign(al, p.getValue(), cl.complement(m.to(), p.getKey()));
            }
        if (f.prepositions().containsKey("clause") && al.accused.isEmpty()) {
            int that = cl.prepositionAfter(m.to(), "that");
            if (that >= 0 && that - m.to() <= 4)
                al.accused.addAll(cl.clauseSubject(that + 1));
        }
        boolean denied = denialNearBefore(c, m.from());
        if (al.accusers.isEmpty())
            al.accusers.addAll(cl.possessor(m.from()));
        int of = cl.prepositionAfter(m.to(), "of");
        if (al.accusers.isEmpty() && of >= 0 && of - m.to() <= 1 && startsWithActor(c, of + 1))
            al.accusers.addAll(cl.complement(m.to(), "of")); // "the accusations of Venezuela's government"
        if (denied) {
            // "Russia rejected accusations by Ukraine that ...": an allegation only when its accuser is named
            if (al.accusers.isEmpty())
                return List.of();
            if (al.accused.isEmpty()) {
                int verb = cl.governingVerb(m.from());
                if (verb >= 0)
                    al.accused.addAll(cl.subject(verb));
            }
            return List.of(al);
        }
        if (al.accusers.isEmpty()) {
            int verb = cl.governingVerb(m.from());
            List<Ent> subject = verb >= 0 ? cl.subject(verb) : List.of();
            al.accusers.addAll(subject.isEmpty() ? groupOf(a.subjectBefore(m.from()), c, m.from()) : subject);
        }
        if (al.accused.isEmpty()) {
            List<Ent> after = a.after(m.to());
            List<Ent> before = a.subjectBefore(m.from());
            if (!after.isEmpty())
                al.accused.addAll(first(after));
            else if (before.size() > 1)
                al.accused.add(before.get(0));
        }
        return List.of(al);
    }

    /** "X said Y was behind the attack", "X believes Y is responsible for ...", "X holds Y responsible". */
    private List<Found.Allegation> predicate(SentenceContext c, RuleMatch m, Frame f, Found.Allegation al) {
        Clause cl = c.clause();
        int be = -1, hold = -1;
        for (int k = m.from() - 1; k >= Math.max(0, m.from() - 6); k--) {
            String w = c.s.token(k).lower();
            if (BE.contains(w) && be < 0 && k >= m.from() - 3)
                be = k;
            if (HOLD.contains(w)) {
                hold = k;
                break;
            }
        }
        if (hold >= 0) {
            al.accusers.addAll(cl.subject(hold));
            al.accused.addAll(cl.object(hold + 1));
        } else if (be >= 0) {
            al.accused.addAll(cl.subject(be));
            RuleMatch verb = lastBefore(c.found("speech"), be);
            if (verb != null) {
                List<Ent> speaker = c.actors.speakerAfterQuote(verb.from(), verb.to());
                al.accusers.addAll(speaker.isEmpty() ? cl.subject(verb.from()) : speaker);
            }
        }
        return List.of(al);
    }

    /** "X said Y violated the ceasefire": a verb of wrongdoing in what someone is reported to say. */
    private List<Found.Allegation> saidViolated(SentenceContext c, RuleMatch m, Found.Allegation al) {
        SentenceActors a = c.actors;
        RuleMatch verb = lastBefore(c.found("speech"), m.from());
        if (verb == null || insideAnotherAccusation(c, c.found("allegations"), verb))
            return List.of(); // "accused Taiwan of hyping up claims that Beijing is meddling": what Taiwan is accused of
        List<Ent> speaker = a.speakerAfterQuote(verb.from(), verb.to());
        al.accusers.addAll(first(speaker.isEmpty() ? a.before(verb.from()) : speaker));
        List<Ent> accused = speaker.isEmpty() ? a.between(verb.to(), m.from()) : a.between(0, m.from());
        al.accused.addAll(first(accused.isEmpty() ? afterBy(c, m.to()) : accused));
        return List.of(al);
    }

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "neither", "nor");

    /** A negation among the few words before a verb: "did not blame", "has never accused". */
    private static boolean negated(Sentence s, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 3); k--)
            if (NEGATIONS.contains(s.token(k).lower()))
                return true;
        return false;
    }

    /** An actor right after {@code i}, past a determiner: "of the Venezuelan government", "of Venezuela's". */
    private static boolean startsWithActor(SentenceContext c, int i) {
        for (int k = i; k < Math.min(c.s.size(), i + 2); k++) {
            if (c.actors.insideActor(k))
                return true;
            if (!c.s.token(k).tag().equals("DET"))
                return false;
        }
        return false;
    }

    private static void assign(Found.Allegation al, String role, List<Ent> actors) {
        switch (role) {
            case "accuser" -> al.accusers.addAll(actors);
            case "accused" -> al.accused.addAll(actors);
            default -> { }
        }
    }

    /** Several accusers named together ("Saudi Arabia, the UAE, Bahrain and Egypt accused"), else the nearest. */
    private static List<Ent> groupOf(List<Ent> before, SentenceContext c, int trigger) {
        if (before.size() <= 1)
            return before;
        List<Mention> ms = c.actors.actors.stream().filter(m -> m.to() <= trigger && before.contains(m.entity())).toList();
        if (ms.isEmpty())
            return first(before);
        List<Ent> group = new ArrayList<>();
        group.add(ms.get(ms.size() - 1).entity());
        for (int i = ms.size() - 2; i >= 0; i--) {
            Mention m = ms.get(i);
            boolean listed = true;
            for (int k = m.to(); k < ms.get(i + 1).from(); k++) {
                String w = c.s.token(k).lower();
                if (!(w.equals(",") || w.equals("and") || w.equals("the")))
                    listed = false;
            }
            if (!listed)
                break;
            group.add(0, m.entity());
        }
        return group;
    }

    private static List<Ent> first(List<Ent> l) {
        return l.isEmpty() ? l : List.of(l.get(0));
    }

    private static List<Ent> afterBy(SentenceContext c, int i) {
        return i < c.s.size() && c.s.token(i).lower().equals("by") ? c.actors.after(i + 1) : List.of();
    }

    private static boolean denialNearBefore(SentenceContext c, int i) {
        RuleTable denials = c.table("denials");
        for (int k = Math.max(0, i - 4); k < i; k++)
            if (denials.matchesAt(c.s, k))
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

    /** What the accused is said to have done: the phrase of the frame's act preposition, else after "of", "for" or "that". */
    private static String act(SentenceContext c, RuleMatch m, Frame f) {
        Sentence s = c.s;
        String actPreposition = f.prepositionFor("act");
        int from = -1;
        for (int k = m.to(); k < Math.min(s.size(), m.to() + 8) && actPreposition != null; k++)
            if (s.token(k).lower().equals(actPreposition)) {
                from = k + 1;
                break;
            }
        for (int k = m.to(); k < Math.min(s.size(), m.to() + 8) && from < 0; k++) {
            String w = s.token(k).lower();
            if (w.equals("of") || w.equals("for") || w.equals("that") || w.equals("over"))
                from = k + 1;
        }
        if (from < 0 || from >= s.size())
            from = m.from();
        int to = from;
        while (to < s.size() && to - from < 14 && !s.token(to).text().matches("[.;:,\"\u201C\u201D()]|--|\u2014"))
            to++;
        return to > from ? s.text(c.text, from, to) : s.text(c.text, m.from(), m.to());
    }

    /**
     * The same accusation told again: same accuser and accused, in the next sentence or about the
     * same act ("spying"); distinct incidents between the same pair stay apart.
     */
    private void merge(Found.Allegation al) {
        int at = al.evidence.get(0).index();
        for (Found.Allegation old : Found.recent(allegations))
            if (Found.sameStates(old.accusers, al.accusers) && Found.sameStates(old.accused, al.accused)
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

    // ---- denials

    private void findDenials(SentenceContext c, Ent lastSubject) {
        SentenceActors a = c.actors;
        for (RuleMatch m : c.found("denials")) {
            // who denies: the actors before the word, else anyone the sentence names outside quotes
            // ("unfounded accusations made against our country," the Beninese Foreign Ministry said)
            Clause cl = c.clause();
            List<Ent> candidates = new ArrayList<>();
            // "the claims were rejected by the Rwandan government": the agent of a passive denies
            if (cl.passive(m.from()))
                candidates.addAll(cl.complement(m.to(), "by"));
            candidates.addAll(a.before(m.from()));
            // "China's accusations are untrue, Koo added": the accusation's possessor is its accuser, not the denier
            for (RuleMatch n : c.found("allegations"))
                if (n.to() <= m.from() && frames.get(n.rule()).form().equals("noun"))
                    candidates.removeAll(cl.possessor(n.from()));
            if (candidates.isEmpty())
                candidates.addAll(a.unquotedBetween(0, c.s.size()));
            if (candidates.isEmpty() && lastSubject != null)
                candidates.add(lastSubject);
            if (candidates.isEmpty())
                continue;
            denials.add(new Found.Denial(candidates, c.quote(), c.s, m.rule().confidence(0, 0.6)));
        }
    }

    /** An allegation told in the denial's sentence or in the {@code window} sentences before it. */
    private static boolean nearBefore(Found.Allegation al, int at, int window) {
        for (Sentence s : al.evidence)
            if (s.index() <= at && at - s.index() <= window)
                return true;
        return false;
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
            for (Found.Allegation al : Found.recent(allegations)) {
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
                // the same denial answers the other accusations against the denier told in the same breath
                for (Found.Allegation al : Found.recent(allegations))
                    if (al != best && al.denials.isEmpty() && nearBefore(al, at, 1)
                            && al.accused.stream().anyMatch(x -> x.asState() == d.by.asState()))
                        al.denials.add(d);
            }
        }
        // a denial that accuses back: "Russia denied it and accused Ukraine of provocations"
        Map<Sentence, List<Found.Allegation>> bySentence = new HashMap<>();
        for (Found.Allegation al : allegations)
            bySentence.computeIfAbsent(al.evidence.get(0), k -> new ArrayList<>()).add(al);
        Set<Found.Allegation> counters = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Found.Allegation al : allegations)
            for (Found.Denial d : al.denials)
                for (Found.Allegation other : bySentence.getOrDefault(d.evidence.get(0), List.of()))
                    if (other != al && !counters.contains(other)
                            && Found.sameStates(other.accusers, al.accused) && Found.sameStates(other.accused, al.accusers)) {
                        al.counterClaims.add(other);
                        counters.add(other);
                    }
        allegations.removeIf(counters::contains);
    }
}
