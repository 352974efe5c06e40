package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What the extractor knows about an article as it reads it sentence by sentence: the
 * entities met so far, the names people were introduced with ("Xi Jinping") and the short
 * forms that refer back to them ("Xi", "the president"), and the offices the text gives them.
 */
final class Discourse {
    /** A person's office as the text states it: "Chinese President Xi Jinping". */
    record Office(Ent person, String kind, String title, Ent of, Sentence sentence) {}

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "from", "near", "into", "outside",
            "visit", "visited", "visiting", "visits", "toward", "towards", "across", "inside");
    private static final Set<String> NAME_PARTICLES = Set.of("bin", "al", "al-", "de", "da", "van", "von", "der", "el", "ibn", "la", "du", "dos", "das", "di");
    private static final Set<String> HONORIFICS = Set.of("sheikh", "sheikha", "sheik", "prince", "princess", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame");
    /** Words before a title that belong to it: "former President", "then-president". */
    private static final Set<String> TITLE_MARKERS = Set.of("former", "then", "acting", "late", "elected", "-");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "then", "then-", "former", "acting", "new", "late");

    private final String text;
    private final Lexicon lexicon;
    private final Rules rules;
    private final Map<String, Ent> entities = new LinkedHashMap<>();
    private final Map<String, Ent> personByAlias = new HashMap<>();
    private final Map<String, String> groupNames = new HashMap<>();
    private int longestGroupName = 1;
    /** First words of the group names: most tokens start none, and are passed over at once. */
    private final Set<String> groupFirstWords = new java.util.HashSet<>();
    /** Words of the {@code names} table: never (part of) a person's name. */
    private final Set<String> notNames = new java.util.HashSet<>();
    private final Map<String, Ent> lastByTitleHead = new HashMap<>();
    private final List<Office> offices = new ArrayList<>();
    private final Map<String, Office> officeByKey = new HashMap<>();
    private final Map<Ent, Integer> stateMentions = new HashMap<>();
    private int ids;

    /**
     * The state whose office a person of this full name held, of this kind, on the article's day,
     * when the office-holders table names exactly one; null otherwise. What gives "Prime Minister
     * Hun Manet" a state when the sentence names none.
     */
    private final BiFunction<String, String, String> holderState;

    Discourse(String text, Lexicon lexicon, Rules rules) {
        this(text, lexicon, rules, (name, kind) -> null);
    }

    Discourse(String text, Lexicon lexicon, Rules rules, BiFunction<String, String, String> holderState) {
        this.holderState = holderState;
        this.text = text;
        this.lexicon = lexicon;
        this.rules = rules;
        for (Rule r : rules.table("names").rules())
            for (String alternative : r.pattern().toString().trim().toLowerCase(Locale.ROOT).split("\\|"))
                notNames.add(alternative);
        for (Rule r : rules.table("groups").rules()) {
            String name = r.pattern().toString().trim().replaceAll("\\s+", " ");
            groupNames.put(name, r.column(0, name));
            groupFirstWords.add(name.split("[ -]")[0]);
            longestGroupName = Math.max(longestGroupName, name.split(" ").length + 4);   // + room for split hyphens and possessives
        }
    }

    List<Ent> entities() {
        return List.copyOf(entities.values());
    }

    List<Office> offices() {
        return List.copyOf(offices);
    }

    String text() {
        return text;
    }

    /** The entities named in a sentence, left to right. */
    List<Mention> mentions(Sentence s) {
        Mention[] at = new Mention[s.size()];
        findKnownNames(s, at);
        findTitledPeople(s, at);
        findOtherPeople(s, at);
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < at.length; i++)
            if (at[i] != null && (found.isEmpty() || found.get(found.size() - 1) != at[i]))
                found.add(at[i]);
        for (Mention m : found)
            m.entity().mention(s.token(m.from()).start(), s.token(m.to() - 1).end(), s.text(text, m.from(), m.to()));
        return found;
    }

    // ---- states, organizations, capitals, seats, demonyms, groups

    private void findKnownNames(Sentence s, Mention[] at) {
        int i = 0;
        while (i < s.size()) {
            Optional<Lexicon.Match> m = lexicon.longestAt(text, s, i);
            Mention mention = null;
            int to = i + 1;
            if (m.isPresent() && !partOfPersonalName(s, m.get())) {
                to = m.get().to();
                mention = known(s, m.get(), at);
            } else if (m.isEmpty() && groupFirstWords.contains(s.token(i).text())) {
                for (int len = Math.min(longestGroupName, s.size() - i); len >= 1 && mention == null; len--) {
                    String canonical = groupNames.get(s.text(text, i, i + len).replaceAll("\\s+", " "));
                    if (canonical != null) {
                        to = i + len;
                        mention = new Mention(entity("group:" + canonical, "NonStateGroup", canonical, null), i, to, false, false);
                    }
                }
            }
            if (mention != null)
                for (int k = mention.from(); k < mention.to(); k++)
                    at[k] = mention;
            i = mention != null ? mention.to() : i + 1;
        }
    }

    private Mention known(Sentence s, Lexicon.Match m, Mention[] at) {
        Lexicon.Entry e = m.entry();
        // "Congo" after "the Democratic Republic of Congo": of the states that share a form, the one
        // the article has named most so far, this sentence included
        int most = 0;
        for (Lexicon.Entry alternative : m.alternatives()) {
            int n = timesNamed(alternative.qid(), at);
            if (n > most) {
                most = n;
                e = alternative;
            }
        }
        int from = m.from(), to = m.to();
        String before = from > 0 ? s.token(from - 1).lower() : "";
        boolean placeContext = PLACE_PREPOSITIONS.contains(before) || isDateline(s, from, to);
        switch (e.kind()) {
            case STATE:
                return new Mention(state(e.qid()), from, to, titleFollows(s, to, true), false);
            case ORGANIZATION:
                return new Mention(entity(e.qid(), "InternationalOrganization", lexicon.nameOf(e.qid()).orElse(e.name()), e.qid()), from, to, false, false);
            case CAPITAL:
            case SEAT:
                if (e.placeQid() != null && (placeContext || e.stateQid() == null))
                    return new Mention(place(e.placeQid(), e.kind() == Lexicon.Kind.CAPITAL ? e.name() : e.name()), from, to, false, true);
                return e.stateQid() == null ? null : new Mention(state(e.stateQid()), from, to, titleFollows(s, to, true), false);
            case DEMONYM:
                // "Russian" names Russia only before a title or an organ: "Russian President", "Russian diplomats"
                if (titleFollows(s, to, false))
                    return new Mention(state(e.qid()), from, to, true, false);
                if (organFollows(s, to))
                    return new Mention(state(e.qid()), from, to, false, false);
                return null;
            default:
                return null;
        }
    }

    /**
     * A place or state name that is a person's first name here: right after a title
     * ("President Santiago Peña") or followed by a surname ("Jordan Bardella").
     */
    private boolean partOfPersonalName(Sentence s, Lexicon.Match m) {
        if (m.entry().kind() == Lexicon.Kind.ORGANIZATION || m.entry().kind() == Lexicon.Kind.DEMONYM || m.to() - m.from() > 1)
            return false;
        boolean afterTitle = false;
        for (int k = Math.max(0, m.from() - 3); k < m.from() && !afterTitle; k++) {
            RuleMatch t = rules.table("offices").longestAt(s, k);
            afterTitle = t != null && t.to() == m.from();
        }
        if (afterTitle)
            return true;
        if (m.from() > 1 && isNameWord(s.token(m.from() - 1)) && s.token(m.from() - 1).properNoun()
                && lexicon.longestAt(text, s, m.from() - 1).isEmpty())
            return true;
        if (m.to() < s.size()) {
            Token next = s.token(m.to());
            return next.properNoun() && isNameWord(next) && lexicon.longestAt(text, s, m.to()).isEmpty()
                    && !rules.table("offices").matchesAt(s, m.to()) && !groupNames.containsKey(next.text());
        }
        return false;
    }

    /** "Moscow, Mar 10 (AP)": a city opening the first line, before a comma. */
    private static boolean isDateline(Sentence s, int from, int to) {
        return from == 0 && to < s.size() && (s.token(to).text().equals(",") || s.token(to).text().matches("[-\u2013\u2014(]"));
    }

    /** A title right after the name, or after its possessive: "Chinese President", "Russia's foreign minister". */
    private boolean titleFollows(Sentence s, int i, boolean needPossessive) {
        if (needPossessive) {
            if (i >= s.size() || !s.token(i).isPossessive())
                return false;
            i++;
        }
        while (i < s.size() && isModifier(s, i))
            i++;
        return i < s.size() && rules.table("offices").matchesAt(s, i);
    }

    private boolean organFollows(Sentence s, int i) {
        for (int k = i; k < Math.min(s.size(), i + 3); k++)
            if (rules.table("organs").matchesAt(s, k))
                return true;
        return false;
    }

    // ---- people with an office: "Chinese President Xi Jinping", "Sergei Lavrov, Russia's foreign minister"

    private void findTitledPeople(Sentence s, Mention[] at) {
        RuleTable titles = rules.table("offices");
        List<Object[]> stateless = new ArrayList<>();
        int firstStatelessTitle = Integer.MAX_VALUE;
        String[] lastTitle = null;
        Set<Ent> claimed = new java.util.HashSet<>();
        Office lastOffice = null;
        int i = 0;
        while (i < s.size()) {
            RuleMatch title = at[i] == null ? titles.longestAt(s, i) : null;
            if (title == null) {
                i++;
                continue;
            }
            Ent state = stateBefore(s, title.from(), at);
            if (state == null)
                state = stateOfAfter(s, title.to(), at);
            int nameAt = title.to();
            // "military head Gen Abdel Fattah Al Burhan", "Foreign Minister Prince Faisal": a rank or honorific before the name
            RuleMatch rank = nameAt < s.size() && at[nameAt] == null ? titles.longestAt(s, nameAt) : null;
            if (rank != null)
                nameAt = rank.to();
            while (nameAt < s.size() && HONORIFICS.contains(s.token(nameAt).lower()))
                nameAt++;
            int from = nameAt, to = nameEnd(s, nameAt, at);
            if (to == from && appositive(s, from)) {
                // "the Ukrainian president, Volodymyr Zelenskiy," and "army chief, Field Marshal Asim Munir,"
                int k = from + 1;
                RuleMatch second = titles.longestAt(s, k);
                if (second != null)
                    k = second.to();
                if (nameEnd(s, k, at) > k) {
                    from = k;
                    to = nameEnd(s, k, at);
                }
            }
            if (to == from) {
                int[] before = nameBeforeTitle(s, title.from(), at);
                if (before != null) {
                    from = before[0];
                    to = before[1];
                }
            }
            String head = title.rule().column(1, s.text(text, title.from(), title.to()));
            if (to > from) {
                Ent person = person(s, from, to);
                aliasInParentheses(s, to, person);
                Mention one = new Mention(person, from, to, false, false);
                for (int k = from; k < to; k++)
                    at[k] = one;
                if (state == null)
                    state = stateOfAfter(s, to, at);
                String implied = title.rule().column(2, null);
                if (state == null && implied != null)
                    state = state(implied);
                String kind = title.rule().column(0, "Other"), printed = titleText(s, title, at);
                if (kind.equals("Counterpart")) {
                    // "his Turkish counterpart Mevlut Cavusoglu": the office of the one whose counterpart he is
                    Office other = lastOfficeOfAnyone();
                    String[] own = lastTitle != null ? lastTitle : other == null ? null : new String[] { other.kind(), other.title() };
                    if (own == null)
                        kind = null;
                    else {
                        kind = own[0];
                        printed = own[1].replaceFirst("^(?i)(former|then-|then|acting|late) ?", "");
                    }
                }
                if (kind != null && state != null) {
                    lastOffice = addOffice(person, kind, printed, state, s);
                    claimed.add(state);
                } else if (kind != null && person.state == null && !orgBefore(s, title.from(), at)) {
                    stateless.add(new Object[] { person, kind, printed });
                    firstStatelessTitle = Math.min(firstStatelessTitle, title.from());
                }
                lastTitle = new String[] { kind, printed };
                lastByTitleHead.put(headWord(head), person);
                i = Math.max(title.to(), to);
                continue;
            }
            if (title.from() > 0 && s.token(title.from() - 1).lower().equals("the") && state == null) {
                // "the president": the last person given that title
                Ent earlier = lastByTitleHead.get(headWord(head));
                if (earlier != null) {
                    Mention one = new Mention(earlier, title.from(), title.to(), false, false);
                    for (int k = title.from(); k < title.to(); k++)
                        at[k] = one;
                }
            }
            i = title.to();
        }
        // a title without a state takes the state whose office the table says the person held that day,
        stateless.removeIf(p -> {
            Ent person = (Ent) p[0];
            String qid = person.name.contains(" ") ? holderState.apply(person.name, (String) p[1]) : null;
            if (qid == null || lexicon.nameOf(qid).isEmpty())
                return false;
            Ent state = state(qid);
            addOffice(person, (String) p[1], (String) p[2], state, s);
            claimed.add(state);
            return true;
        });
        // else the one state the sentence names for itself, if any,
        // else the state the article is mostly about so far, when one clearly leads
        Ent only = onlyStateOf(s, at, claimed, firstStatelessTitle);
        if (only == null && onlyClaimedStatesIn(at, claimed)) {
            Ent dominant = dominantState();
            only = claimed.contains(dominant) ? null : dominant;
        }
        if (only != null)
            for (Object[] p : stateless)
                addOffice((Ent) p[0], (String) p[1], (String) p[2], only, s);
        for (Mention m : at)
            if (m != null && m.entity().type.equals("State") && !m.attributive())
                stateMentions.merge(m.entity(), 1, Integer::sum);
    }

    /** No state in the sentence but those whose office another person there holds. */
    private static boolean onlyClaimedStatesIn(Mention[] at, Set<Ent> claimed) {
        for (Mention m : at)
            if (m != null && m.entity().type.equals("State") && !claimed.contains(m.entity()))
                return false;
        return true;
    }

    /** The state named most often so far, if named at least twice and more often than any other. */
    private Ent dominantState() {
        Ent best = null;
        int top = 0, second = 0;
        for (var e : stateMentions.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top >= 2 && top > second ? best : null;
    }

    /** "European Council President": a title of an organization, not of a state. */
    private static boolean orgBefore(Sentence s, int titleFrom, Mention[] at) {
        int k = titleFrom - 1;
        while (k >= 0 && isModifier(s, k))
            k--;
        if (k >= 0 && s.token(k).isPossessive())
            k--;
        return k >= 0 && at[k] != null && !at[k].entity().type.equals("State") && !at[k].entity().isPerson();
    }

    private Office lastOfficeOfAnyone() {
        return offices.isEmpty() ? null : offices.get(offices.size() - 1);
    }

    /** "Joko Widodo (Jokowi)": the short name in parentheses refers to the person from now on. */
    private void aliasInParentheses(Sentence s, int i, Ent person) {
        if (i + 2 < s.size() && s.token(i).text().equals("(") && s.token(i + 2).text().equals(")") && isNameWord(s.token(i + 1)))
            personByAlias.putIfAbsent(s.token(i + 1).text(), person);
    }

    private static boolean appositive(Sentence s, int i) {
        return i + 1 < s.size() && s.token(i).text().equals(",");
    }

    /**
     * The one state the sentence names as an actor, when there is exactly one, no other
     * person's office claims it, and no organization or group is named beside it (whose
     * official the person may be).
     */
    private static Ent onlyStateOf(Sentence s, Mention[] at, Set<Ent> claimed, int before) {
        Ent only = null;
        for (int k = 0; k < Math.min(at.length, before); k++) {
            Mention m = at[k];
            if (m == null || m.entity().isPerson())
                continue;
            if (!m.entity().type.equals("State"))
                return null;
            if (claimed.contains(m.entity()) || (m.from() > 0 && PLACE_PREPOSITIONS.contains(s.token(m.from() - 1).lower()))
                    || (m.from() > 1 && s.token(m.from() - 1).text().equals(",") && at[m.from() - 2] == null && s.token(m.from() - 2).capitalized()))
                continue;
            if (only != null && only != m.entity())
                return null;
            only = m.entity();
        }
        return only;
    }

    /**
     * The title as printed, with "former", "then-" or "late" kept: "then-President". Such a word
     * before the state is the title's too: "former Norwegian Prime Minister" is a "former Prime
     * Minister", "then U.S. President" a "then-President".
     */
    private String titleText(Sentence s, RuleMatch title, Mention[] at) {
        int from = title.from();
        while (from > 0 && TITLE_MARKERS.contains(s.token(from - 1).lower()))
            from--;
        while (from < title.from() && s.token(from).text().equals("-"))
            from++;
        String printed = capitalizeWords(s.text(text, from, title.to()).replaceAll("\\s+", " "));
        String marker = from == title.from() ? markerBeforeState(s, title.from(), at) : null;
        return marker == null ? printed : marker + (marker.equals("then") ? "-" : " ") + printed;
    }

    /** "former" or "then" right before the state of a title ("former Norwegian", "then U.S."), or null. */
    private static String markerBeforeState(Sentence s, int titleFrom, Mention[] at) {
        int k = titleFrom - 1;
        boolean state = false;
        while (k >= 0 && (s.token(k).text().equals("-") || (at[k] != null && at[k].entity().type.equals("State")))) {
            state |= at[k] != null;
            k--;
        }
        String word = k >= 0 ? s.token(k).lower() : "";
        return state && TITLE_MARKERS.contains(word) && !word.equals("-") ? word : null;
    }

    private static String capitalizeWords(String t) {
        StringBuilder b = new StringBuilder();
        for (String w : t.split(" ")) {
            if (b.length() > 0)
                b.append(' ');
            b.append(w.length() > 3 && !w.startsWith("then") && !w.equals("former") ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return b.toString();
    }

    private static String headWord(String title) {
        String[] w = title.toLowerCase(Locale.ROOT).split(" ");
        return w[w.length - 1];
    }

    /** The state named just before a title: "Chinese", "Russia's", "the Russian". */
    private Ent stateBefore(Sentence s, int titleFrom, Mention[] at) {
        int k = titleFrom - 1;
        while (k >= 0 && isModifier(s, k))
            k--;
        if (k >= 0 && s.token(k).isPossessive())
            k--;
        if (k >= 0 && at[k] != null && at[k].entity().type.equals("State"))
            return at[k].entity();
        return null;
    }

    /** Words between a state and a title: "the", "then-", "visiting", "outgoing". */
    private static boolean isModifier(Sentence s, int k) {
        Token t = s.token(k);
        return DETERMINERS.contains(t.lower()) || t.text().equals("-")
                || (!t.capitalized() && t.lower().matches("[a-z]+(ing|ed)") && (t.tag().equals("ADJ") || t.tag().equals("VERB")));
    }

    /** "President of Russia", "spokesperson for China's defence ministry". */
    private Ent stateOfAfter(Sentence s, int i, Mention[] at) {
        if (i < s.size() && (s.token(i).lower().equals("of") || s.token(i).lower().equals("for"))) {
            for (int k = i + 1; k < Math.min(s.size(), i + 4); k++)
                if (at[k] != null && at[k].entity().type.equals("State"))
                    return at[k].entity();
        }
        return null;
    }

    /** End of a personal name starting at {@code i}, or {@code i} when none starts there. */
    private int nameEnd(Sentence s, int i, Mention[] at) {
        int k = i;
        while (k < s.size() && k - i < 6) {
            Token t = s.token(k);
            if (at[k] != null)
                break;
            if (isNameWord(t) || (k > i && isInitial(t) && k + 1 < s.size() && isNameWord(s.token(k + 1)))
                    || (k > i && isHyphen(s, k - 1) && t.text().chars().allMatch(Character::isLetter)))
                k++;
            else if (k > i && (NAME_PARTICLES.contains(t.lower()) || isHyphen(s, k)) && particlesThenName(s, k))
                k++;
            else
                break;
        }
        return k;
    }

    /** "P." in "Theresa P. Lazaro". */
    private static boolean isInitial(Token t) {
        return t.text().matches("\\p{Lu}\\.");
    }

    /** A hyphen glued to both neighbours: "Bakke-Jensen", tokenized "Bakke" "-" "Jensen". */
    private static boolean isHyphen(Sentence s, int k) {
        return s.token(k).text().equals("-") && k > 0 && k + 1 < s.size()
                && s.token(k - 1).end() == s.token(k).start() && s.token(k).end() == s.token(k + 1).start();
    }

    /** Name particles ("von der") then a name word, or a hyphen glued to a syllable ("Ching-te"). */
    private boolean particlesThenName(Sentence s, int k) {
        if (isHyphen(s, k))
            return s.token(k + 1).text().chars().allMatch(Character::isLetter);
        while (k < s.size() && NAME_PARTICLES.contains(s.token(k).lower()))
            k++;
        if (k < s.size() && isHyphen(s, k))
            k++; // "al-Hussein", tokenized "al" "-" "Hussein"
        return k < s.size() && isNameWord(s.token(k));
    }

    private boolean isNameWord(Token t) {
        String w = t.text();
        if (!t.capitalized() || w.length() < 2 || !Character.isLetter(w.charAt(w.length() - 1)))
            return false;
        if (w.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c)) && w.length() > 4)
            return false;
        return !notNames.contains(t.lower());
    }

    /** "Wu Qian, a spokesperson for ..." : the name before a comma before the title. */
    private int[] nameBeforeTitle(Sentence s, int titleFrom, Mention[] at) {
        int k = titleFrom - 1;
        while (k >= 0 && (DETERMINERS.contains(s.token(k).lower()) || s.token(k).isPossessive()
                || (at[k] != null && at[k].entity().type.equals("State"))))
            k--;
        if (k < 1 || !s.token(k).text().equals(","))
            return null;
        int end = k, start = k;
        while (start > 0 && at[start - 1] == null && (isNameWord(s.token(start - 1))
                || (NAME_PARTICLES.contains(s.token(start - 1).lower()) && start - 1 > 0)))
            start--;
        if (start == end || end - start > 5 || !isNameWord(s.token(start)))
            return null;
        return new int[] { start, end };
    }

    private Office addOffice(Ent person, String kind, String title, Ent state, Sentence s) {
        person.state = state;
        String key = person.id + "|" + title.toLowerCase(Locale.ROOT) + "|" + state.id;
        Office known = officeByKey.get(key);
        if (known != null)
            return known;
        Office o = new Office(person, kind, title, state, s);
        offices.add(o);
        officeByKey.put(key, o);
        return o;
    }

    // ---- people named again, and people named without a title

    private void findOtherPeople(Sentence s, Mention[] at) {
        int i = 0;
        while (i < s.size()) {
            if (at[i] != null || !isNameWord(s.token(i))) {
                i++;
                continue;
            }
            int end = nameEnd(s, i, at);
            Ent known = personByAlias.get(s.text(text, i, end));
            if (known == null && end - i > 1)
                known = personByAlias.get(s.token(end - 1).text());
            boolean introduced = known == null && end - i >= 2 && end - i <= 4
                    && (actsNext(s, end) || (i > 0 && s.token(i - 1).lower().equals("by")) || afterStatePossessive(s, i, at))
                    && s.token(i).properNoun();
            Ent person = known != null ? known : introduced ? person(s, i, end) : null;
            if (person != null) {
                Mention one = new Mention(person, i, end, false, false);
                for (int k = i; k < end; k++)
                    at[k] = one;
            }
            i = end;
        }
    }

    /** "Argentina's Javier Milei". */
    private static boolean afterStatePossessive(Sentence s, int i, Mention[] at) {
        return i >= 2 && s.token(i - 1).isPossessive() && at[i - 2] != null && at[i - 2].entity().type.equals("State");
    }

    /** A verb of saying or accusing right after a name: "Maria Zakharova said". */
    private boolean actsNext(Sentence s, int i) {
        if (i < s.size() && s.token(i).text().equals(","))
            return false;
        for (int k = i; k < Math.min(s.size(), i + 2); k++)
            if (rules.table("speech").matchesAt(s, k) || rules.table("allegations").matchesAt(s, k)
                    || rules.table("denials").matchesAt(s, k) || rules.table("events").matchesAt(s, k))
                return true;
        return false;
    }

    private Ent person(Sentence s, int from, int to) {
        String name = s.text(text, from, to).replaceAll("\\s+", " ");
        Ent known = personByAlias.get(name);
        if (known != null)
            return known;
        if (to - from == 1) {
            // a surname alone, first met here: "Prime Minister Ali"
            Ent p = entity("person:" + name, "Person", name, null);
            personByAlias.putIfAbsent(name, p);
            return p;
        }
        Ent p = entity("person:" + name, "Person", name, null);
        personByAlias.put(name, p);
        for (int k = from; k < to; k++) {
            String part = s.token(k).text();
            if (NAME_PARTICLES.contains(part.toLowerCase(Locale.ROOT)) || part.length() < 2)
                continue;
            Ent other = personByAlias.get(part);
            if (other == null || other.name.equals(part))
                personByAlias.put(part, p);
            // several people share the part: it no longer refers to either alone
            else if (other != p)
                personByAlias.put(part, null);
        }
        return p;
    }

    // ---- the entity registry

    /** How often the article has named a state so far, the sentence being read included. */
    private int timesNamed(String qid, Mention[] at) {
        Ent known = entities.get(qid);
        if (known == null)
            return 0;
        int n = known.mentions.size();
        for (int k = 0; k < at.length; k++)
            if (at[k] != null && at[k].entity() == known && (k == 0 || at[k - 1] != at[k]))
                n++;
        return n;
    }

    Ent state(String qid) {
        return entity(qid, "State", lexicon.nameOf(qid).orElse(qid), qid);
    }

    private Ent place(String qid, String name) {
        return entity("place:" + qid, "Place", name, qid);
    }

    private Ent entity(String key, String type, String name, String qid) {
        return entities.computeIfAbsent(key, k -> new Ent("e" + (++ids), type, name, qid));
    }
}
