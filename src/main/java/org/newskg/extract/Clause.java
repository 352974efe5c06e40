package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The grammatical roles around a trigger word, read from parts of speech and the actors
 * named: the subject before a verb (past an opening adverbial, an apposition and "on
 * Friday"), the object after it, the noun phrase of a preposition ("of", "with", "between",
 * "by", "against"), the subject of a complement clause ("said that Y was behind"), and
 * whether the verb is passive ("was accused by X"). Each role is an actor with those
 * coordinated with it ("Croatia and Albania"), which is what news grammar puts in one slot.
 *
 * <p>This is a shallow analysis, not a parse: it looks at the words between the trigger and
 * the nearest clause boundary (a verb, a subordinating word, a semicolon or colon), which is
 * where English news puts these roles almost always. It costs a few passes over the sentence.
 */
final class Clause {
    /** Words that end a noun phrase and start another clause, whatever the tagger says. */
    private static final Set<String> BOUNDARY_WORDS = Set.of(";", ":", "that", "which", "who", "whom", "whose", "where", "while",
            "whereas", "although", "though", "but", "because", "after", "before", "when", "as", "if", "since", "amid",
            "\u2014", "--", "(", ")");
    /** Auxiliaries the tagger may call verbs: "the U.S. has blamed". */
    private static final Set<String> AUXILIARY_WORDS = Set.of("has", "have", "had", "is", "was", "were", "are", "be",
            "been", "being", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do",
            "shall", "'s", "'ve", "'d", "'ll");
    /** Nouns for the organs of a state: what "the junta" or "the government" of a named state is. */
    private static final Set<String> ORGANS = Set.of("junta", "government", "military", "army", "authorities",
            "regime", "officials", "administration", "leadership", "forces");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "him", "her");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that");
    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being", "'s");
    /** Between a subject and its verb: "has", "also", "on Friday", "last week". */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "week", "month", "year", "weekend", "morning", "evening",
            "night", "afternoon", "earlier", "later", "recently", "previously", "again", "also", "repeatedly", "now");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "last", "this", "earlier", "late", "early", "in");
    private static final Set<String> COORDINATION = Set.of("and", ",", "&", "as", "well", "or", "plus");
    /** Words that may stand between a coordinator and the next actor: "and neighbouring Rwanda", "and the UAE". */
    private static final Set<String> NP_FILLERS = Set.of("the", "its", "their", "his", "her", "neighbouring",
            "neighboring", "fellow", "ally", "allies", "both", "also", "then");

    private final Sentence s;
    private final SentenceActors a;

    private Clause(Sentence s, SentenceActors a) {
        this.s = s;
        this.a = a;
    }

    static Clause of(Sentence s, SentenceActors a) {
        return new Clause(s, a);
    }

    // ---- roles of a verb

    /**
     * The subject of the verb at {@code verb}: the actors heading the noun phrase before it in
     * its clause, with those coordinated with them. A subject pronoun stands for its referent.
     */
    List<Ent> subject(int verb) {
        return subject(verb, 2);
    }

    private List<Ent> subject(int verb, int depth) {
        int end = skipBackOverAdjuncts(verb - 1);
        if (depth > 0 && end >= 0) {
            // "X accused A and accused B": a second verb shares the first one's subject;
            // ", accusing Rwanda of": a participle after a comma takes the main clause's subject
            boolean coordinated = s.token(end).lower().equals("and");
            boolean participle = verb > 0 && s.token(verb - 1).text().equals(",") && s.token(verb).lower().endsWith("ing");
            int previous = coordinated || participle
                           ? previousVerb(verb - 1, coordinated ? s.token(verb).lower() : null) : -1;
            if (previous >= 0) {
                List<Ent> shared = subject(previous, depth - 1);
                if (!shared.isEmpty())
                    return shared;
            }
        }
        int start = phraseStart(end);
        List<Ent> chain = firstChain(start, end + 1);
        if (!chain.isEmpty())
            return chain;
        // "Mali, where the junta accused ...": a state's organ in a clause about that state is the state
        if (start > 1 && s.token(start - 1).lower().equals("where") && hasOrganNoun(start, end + 1)) {
            int k = start - 2;
            if (k >= 0 && s.token(k).text().equals(","))
                k--;
            Mention place = k >= 0 ? mentionAt(k) : null;
            if (place != null && place.entity().type.equals("State"))
                return List.of(place.entity());
        }
        // "Santos, who had signed ...": a relative clause's subject is the actor it hangs on
        if (start > 0 && start - 1 <= end && RELATIVE.contains(s.token(start - 1).lower())) {
            int k = start - 2;
            if (k >= 0 && s.token(k).text().equals(","))
                k--;
            Mention m = k >= 0 ? a.at(k) : null;
            if (m != null)
                return List.of(m.entity());
        }
        // "the Ethiopian prime minister has accused": a title's state stands for its unnamed holder
        List<Ent> attributive = attributiveIn(start, end + 1);
        if (!attributive.isEmpty())
            return attributive;
        // "officials in Kyiv said", "authorities in the eastern Democratic Republic of Congo said"
        for (Mention m : a.all)
            if (m.asPlace() && m.from() >= start && m.to() <= end + 1 && m.entity().type.equals("State")
                    && m.from() > start && !s.token(start).tag().equals("ADP"))
                return List.of(m.entity());
        for (int k = end; k >= start && k >= 0; k--)
            if (SentenceActors.SUBJECT_PRONOUNS.contains(s.token(k).lower())) {
                if (s.token(k).lower().equals("they") && !a.lastGroup.isEmpty() && a.actors.isEmpty())
                    return a.lastGroup; // "They also agreed on ...": the states named together just before
                Ent ref = personBefore(k, s.token(k).lower());
                if (ref == null)
                    ref = a.referent(s.token(k).lower());
                return ref == null ? List.of() : List.of(ref);
            }
        return List.of();
    }

    /**
     * Whether the verb has a subject phrase of its own before it (a noun or pronoun after the
     * clause boundary), whoever it names: "the military junta accused" has one, with no actor in it.
     */
    boolean hasSubjectPhrase(int verb) {
        if (verb > 0 && s.token(verb - 1).text().equals(","))
            return false; // a participle or a verb after a quote: its subject is elsewhere
        int end = skipBackOverAdjuncts(verb - 1);
        if (end < 0 || s.token(end).lower().equals("and") || s.token(end).text().equals(","))
            return false;
        for (int k = phraseStart(end); k <= end; k++) {
            String tag = s.token(k).tag();
            if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON"))
                return true;
        }
        return false;
    }

    /** The object of the verb ending at token {@code after} (exclusive): the noun phrase right after it. */
    List<Ent> object(int after) {
        int end = phraseEnd(after);
        List<Ent> chain = firstChain(after, end);
        if (chain.isEmpty() && after < s.size() && OBJECT_PRONOUNS.contains(s.token(after).lower()))
            return pronounObject(after);
        return chain.isEmpty() ? attributiveIn(after, end) : chain;
    }

    /**
     * "France condemned ..., where the junta accused it of": an object pronoun stands for the
     * main clause's subject when the pronoun's own clause is another one, else for the referent
     * the sentences before give.
     */
    private List<Ent> pronounObject(int at) {
        String w = s.token(at).lower();
        if (w.equals("him") || w.equals("her")) {
            Ent ref = a.referent("he");
            return ref == null ? List.of() : List.of(ref);
        }
        int main = mainVerb(at);
        if (main < at && !sameClause(main, at)) {
            List<Ent> subject = subject(main, 0);
            if (!subject.isEmpty())
                return subject;
        }
        Ent ref = a.referent("it");
        return ref == null ? List.of() : List.of(ref);
    }

    /** "Moldovan authorities", "the Ethiopian prime minister": a state named only as an adjective of the phrase. */
    private List<Ent> attributiveIn(int from, int to) {
        for (Mention m : a.all)
            if (m.attributive() && m.from() >= from && m.to() <= to && m.entity().isActor())
                return List.of(m.entity());
        return List.of();
    }

    /** "Trump said that he holds Cuba responsible": "he" or "she" is the person named last before it in the sentence. */
    private Ent personBefore(int pronoun, String word) {
        if (!word.equals("he") && !word.equals("she"))
            return null;
        Ent person = null;
        for (Mention m : a.actors)
            if (m.to() <= pronoun && m.entity().isPerson())
                person = m.entity();
        return person;
    }

    /** A state's organ ("the junta", "the government", "the military") heads a phrase. */
    private boolean hasOrganNoun(int from, int to) {
        for (int k = from; k < to; k++)
            if (ORGANS.contains(s.token(k).lower()))
                return true;
        return false;
    }

    /** Any mention over token {@code i}, a place included. */
    private Mention mentionAt(int i) {
        for (Mention m : a.all)
            if (m.from() <= i && i < m.to())
                return m;
        return null;
    }

    /**
     * The verb a coordinated or participial verb before {@code i} shares its subject with: the
     * same word earlier ("accused A ... and accused B"), else the main clause's verb.
     */
    private int previousVerb(int i, String same) {
        for (int k = i - 1; k >= 0 && same != null; k--)
            if (isVerb(k) && s.token(k).lower().equals(same))
                return k;
        for (int k = i - 1; k >= 0; k--)
            if (isVerb(k))
                return mainVerb(k);
        return -1;
    }

    /** The first verb of the sentence up to {@code i} that has a subject: the main clause's verb, as news writes it. */
    private int mainVerb(int i) {
        if (mainVerb == UNKNOWN) {
            mainVerb = s.size();
            for (int k = 0; k < s.size(); k++)
                if (isVerb(k) && !a.quoted[k] && !subject(k, 0).isEmpty()) {
                    mainVerb = k;
                    break;
                }
        }
        return mainVerb <= i ? mainVerb : i;
    }

    private static final int UNKNOWN = -1;
    /** The first verb outside quotes with a subject, found once: the finders ask for it often. */
    private int mainVerb = UNKNOWN;

    /**
     * The noun phrase of the first {@code preposition} after token {@code from} in the same
     * clause (before the next verb that starts a new predicate), or empty.
     */
    List<Ent> complement(int from, String preposition) {
        int at = prepositionAfter(from, preposition);
        return at < 0 ? List.of() : firstChain(at + 1, phraseEnd(at + 1));
    }

    /** The token of the first {@code preposition} after {@code from} in the same clause, or -1. */
    int prepositionAfter(int from, String preposition) {
        for (int k = from; k < s.size(); k++) {
            String w = s.token(k).lower();
            if (w.equals(preposition))
                return k;
            if (k > from && endsClause(k))
                return -1;
        }
        return -1;
    }

    /**
     * The subject of the clause a verb of saying or believing introduces: "said (that) Y was
     * behind", "believes Y is responsible". Empty when no actor heads it.
     */
    List<Ent> clauseSubject(int after) {
        int k = after;
        while (k < s.size() && (s.token(k).lower().equals("that") || s.token(k).text().equals(",")
                || isAdjunct(k)))
            k++;
        int end = k;
        while (end < s.size() && !isVerb(end) && !endsClause(end))
            end++;
        List<Ent> chain = firstChain(k, end);
        // "alleged that a South Korean drone entered": the state of what the clause is about
        return chain.isEmpty() ? attributiveIn(k, end) : chain;
    }

    /** A participle after a form of "be": "was accused", "has been blamed", "were attributed". */
    boolean passive(int verb) {
        if (!s.token(verb).lower().endsWith("ed"))
            return false;
        for (int k = verb - 1; k >= Math.max(0, verb - 3); k--) {
            String w = s.token(k).lower();
            if (BE.contains(w))
                return true;
            if (!(w.equals("also") || w.equals("not") || w.equals("repeatedly") || w.equals("widely")
                  || w.equals("previously") || w.equals("been")))
                return false;
        }
        return false;
    }

    /**
     * A participle right after the noun it describes, with no form of "be": "a raid blamed on
     * Ethiopia", "attacks attributed to Iran". A passive whose agent the sentence leaves unsaid.
     */
    boolean reducedRelative(int verb) {
        if (verb == 0 || !s.token(verb).lower().endsWith("ed") || passive(verb))
            return false;
        String tag = s.token(verb - 1).tag();
        return (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ")) && !a.insideActor(verb - 1);
    }

    /**
     * The subject of the main clause before token {@code before}: who a sentence is about, when a
     * participle leaves its agent unsaid ("a raid blamed on Ethiopia").
     */
    List<Ent> mainSubject(int before) {
        int main = mainVerb(before);
        return main == before || main >= s.size() ? List.of() : subject(main);
    }

    /** "each other", "one another" right after {@code i}: a mutual act. */
    boolean reciprocalAt(int i) {
        return i + 1 < s.size() && (s.token(i).lower().equals("each") && s.token(i + 1).lower().equals("other")
                                    || s.token(i).lower().equals("one") && s.token(i + 1).lower().equals("another"));
    }

    /** The nearest verb before {@code i} in its clause, or -1: what governs a noun ("signed a deal"). */
    int governingVerb(int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (isVerb(k))
                return k;
            if (endsClause(k))
                return -1;
        }
        return -1;
    }

    /** The first verb after {@code i} in its clause, or -1: what a noun is the subject of ("the deal was signed"). */
    int verbAfter(int i) {
        for (int k = i; k < s.size(); k++) {
            if (isVerb(k))
                return k;
            if (endsClause(k))
                return -1;
        }
        return -1;
    }

    /** No clause boundary between tokens {@code from} and {@code to} (exclusive). */
    boolean sameClause(int from, int to) {
        for (int k = from; k < to; k++)
            if (endsClause(k))
                return false;
        return true;
    }

    /** The possessor of a noun: "Russia's accusation", "Venezuela's Nicolas Maduro government". */
    List<Ent> possessor(int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 4); k--) {
            if (s.token(k).isPossessive()) {
                Mention m = a.at(k - 1);
                return m == null ? List.of() : List.of(m.entity());
            }
            if (endsClause(k) || s.token(k).text().equals(","))
                break;
        }
        return List.of();
    }

    // ---- phrases

    /** Walks back from {@code k} over auxiliaries, adverbs, "on Friday" and a closed apposition. */
    private int skipBackOverAdjuncts(int k) {
        while (k >= 0) {
            String w = s.token(k).lower();
            String tag = s.token(k).tag();
            if (tag.equals("AUX") || AUXILIARY_WORDS.contains(w) || tag.equals("PART") || (tag.equals("ADV") && !w.equals("then"))
                    || TIME_WORDS.contains(w) || isTimeNumber(k)) {
                k--;
            } else if (TIME_PREPOSITIONS.contains(w) && k + 1 < s.size()
                       && TIME_WORDS.contains(s.token(k + 1).lower())) {
                k--;
            } else if (w.equals(",") && k > 0) {
                // an apposition or inserted phrase closed by this comma: ", a supporter of X," or ", on Friday,"
                int open = k - 1;
                while (open >= 0 && !s.token(open).text().equals(",") && !endsClause(open))
                    open--;
                if (open <= 0 || !s.token(open).text().equals(","))
                    return k - 1;
                k = open - 1;
            } else {
                return k;
            }
        }
        return k;
    }

    private boolean isTimeNumber(int k) {
        return s.token(k).tag().equals("NUM") && k > 0 && TIME_WORDS.contains(s.token(k - 1).lower());
    }

    private boolean isAdjunct(int k) {
        String w = s.token(k).lower();
        return TIME_WORDS.contains(w) || (TIME_PREPOSITIONS.contains(w) && k + 1 < s.size()
                                          && TIME_WORDS.contains(s.token(k + 1).lower()));
    }

    /**
     * Where the noun phrase ending at {@code end} starts: after the nearest clause boundary, and
     * after an opening adverbial ("On Thursday, ...", "After talks with China, ...").
     */
    private int phraseStart(int end) {
        int k = end;
        while (k >= 0 && !endsClause(k) && !(isVerb(k) && !a.insideActor(k)))
            k--;
        int start = k + 1;
        // an opening adverbial: its comma, when what stands before it starts with a preposition,
        // a subordinating word, an adverb or an -ing verb
        for (int c = start; c <= end; c++)
            if (s.token(c).text().equals(",")) {
                String tag = s.token(start).tag();
                if (tag.equals("ADP") || tag.equals("SCONJ") || tag.equals("ADV") || s.token(start).lower().endsWith("ing"))
                    return c + 1;
                break;
            }
        return start;
    }

    /** Where the noun phrase starting at {@code from} ends (exclusive): at a verb, a preposition other than "of", or a boundary. */
    private int phraseEnd(int from) {
        int k = from;
        while (k < s.size()) {
            if (endsClause(k) || (isVerb(k) && !a.insideActor(k)))
                break;
            String tag = s.token(k).tag();
            String w = s.token(k).lower();
            if (tag.equals("ADP") && !w.equals("of") && !a.insideActor(k) && k > from)
                break;
            k++;
        }
        return k;
    }

    /**
     * The first actor named between {@code from} and {@code to} (exclusive), with the actors
     * coordinated with it by "and", commas or "as well as".
     */
    private List<Ent> firstChain(int from, int to) {
        List<Ent> chain = new ArrayList<>();
        Mention first = null;
        for (Mention m : a.actors)
            if (m.from() >= from && m.to() <= to) {
                first = m;
                break;
            }
        if (first == null)
            return chain;
        chain.add(first.entity());
        Mention last = first;
        for (Mention m : a.actors)
            if (m != first && m.from() == first.from() && m.to() == first.to() && !chain.contains(m.entity()))
                chain.add(m.entity()); // "the four countries": one phrase standing for several states
        for (Mention m : a.actors) {
            if (m.from() < last.to() || m.to() > Math.max(to, last.to()) && m.from() > to)
                continue;
            if (!coordinated(last.to(), m.from()))
                break;
            if (!chain.contains(m.entity()))
                chain.add(m.entity());
            last = m;
        }
        return chain;
    }

    /** Only coordinators and fillers between two mentions: "A and B", "A, B and the C", "A as well as B". */
    private boolean coordinated(int from, int to) {
        boolean coordinator = false;
        for (int k = from; k < to; k++) {
            String w = s.token(k).lower();
            if (COORDINATION.contains(w))
                coordinator = true;
            else if (!NP_FILLERS.contains(w))
                return false;
        }
        return coordinator;
    }

    private boolean endsClause(int k) {
        String w = s.token(k).lower();
        if (w.equals("as") && k + 1 < s.size() && s.token(k + 1).lower().equals("well"))
            return false;
        return BOUNDARY_WORDS.contains(w) || s.token(k).text().matches("[\"\u201C\u201D]");
    }

    private boolean isVerb(int k) {
        String tag = s.token(k).tag();
        return tag.equals("VERB") && !a.insideActor(k);
    }

    /**
     * The subject of the sentence's main clause: that of its first verb outside quotes with a
     * named subject ("General X accused Y of ..., in an interview"), or empty.
     */
    List<Ent> mainSubject() {
        return mainSubject(s.size());
    }
}
