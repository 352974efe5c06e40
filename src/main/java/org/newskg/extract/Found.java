package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Facts as the rules find them, with entities still as {@link Ent}s; the extractor turns them into facts records. */
final class Found {
    private Found() {}

    /** What every found fact has: the sentences that state it and how sure the rule is. */
    abstract static class Fact {
        final List<Sentence> evidence = new ArrayList<>();
        private final java.util.Set<Sentence> evidenceSet = new java.util.HashSet<>();
        double confidence;

        Fact(Sentence s, double confidence) {
            evidence.add(s);
            evidenceSet.add(s);
            this.confidence = confidence;
        }

        void alsoIn(Sentence s, double c) {
            if (evidenceSet.add(s))
                evidence.add(s);
            confidence = Math.max(confidence, c);
        }
    }

    static final class Event extends Fact {
        final String type;
        final String label;
        final Set<Ent> participants = new LinkedHashSet<>();
        final Set<Ent> attackers = new LinkedHashSet<>(), targets = new LinkedHashSet<>(), hosts = new LinkedHashSet<>();
        Ent place;
        String date;
        boolean planned;

        Event(String type, String label, Sentence s, double confidence) {
            super(s, confidence);
            this.type = type;
            this.label = label;
        }

        Set<Ent> everyone() {
            Set<Ent> all = new LinkedHashSet<>(participants);
            all.addAll(attackers);
            all.addAll(targets);
            all.addAll(hosts);
            return all;
        }
    }

    static final class Agreement extends Fact {
        final String type;
        final Set<Ent> parties = new LinkedHashSet<>();
        String date;

        Agreement(String type, Sentence s, double confidence) {
            super(s, confidence);
            this.type = type;
        }
    }

    static final class Allegation extends Fact {
        final Set<Ent> accusers = new LinkedHashSet<>(), accused = new LinkedHashSet<>();
        String act;
        String quote;
        final List<Denial> denials = new ArrayList<>();
        final List<Allegation> counterClaims = new ArrayList<>();

        Allegation(Sentence s, double confidence) {
            super(s, confidence);
        }
    }

    static final class Denial extends Fact {
        /** Who may be denying, the likeliest first; {@code by} is chosen when the denial is matched to an allegation. */
        final List<Ent> candidates;
        Ent by;
        final String quote;

        Denial(List<Ent> candidates, String quote, Sentence s, double confidence) {
            super(s, confidence);
            this.candidates = List.copyOf(candidates);
            this.quote = quote;
        }
    }

    static final class TradeFlow extends Fact {
        final String goods;
        final Ent from, to;

        TradeFlow(String goods, Ent from, Ent to, Sentence s, double confidence) {
            super(s, confidence);
            this.goods = goods;
            this.from = from;
            this.to = to;
        }
    }

    static final class Statement extends Fact {
        final String type;
        final Set<Ent> speakers = new LinkedHashSet<>();
        String quote;
        Ent place;
        String date;

        Statement(String type, Sentence s, double confidence) {
            super(s, confidence);
            this.type = type;
        }
    }

    /**
     * The latest facts of a kind, the latest first, at most {@value #RECENT}: what a repetition
     * or "the meeting" can refer back to. The bound keeps a pathological text (thousands of
     * facts in one article) linear; a real article never reaches it.
     */
    static <T> List<T> recent(List<T> facts) {
        List<T> window = new ArrayList<>(facts.subList(Math.max(0, facts.size() - RECENT), facts.size()));
        java.util.Collections.reverse(window);
        return window;
    }

    private static final int RECENT = 200;

    static boolean sameStates(Set<Ent> a, Set<Ent> b) {
        return states(a).equals(states(b));
    }

    /** The states the actors stand for: a person counts as the state of his or her office. */
    static Set<Ent> states(Set<Ent> actors) {
        Set<Ent> s = new LinkedHashSet<>();
        for (Ent e : actors)
            s.add(e.asState());
        return s;
    }
}
