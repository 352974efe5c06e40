package org.newskg.extract;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newskg.link.Gazetteer;
import org.newskg.link.GazetteerEntry;

/**
 * Names the extractor recognises in running text, as written: states and organizations with
 * their variants, capitals, seats of power and demonyms, from the gazetteer and the
 * {@code seats} and {@code ignore} tables. Matching is case-sensitive on purpose: "US" is a
 * state, "us" is not.
 */
public final class Lexicon {
    /** What a written name stands for. */
    public enum Kind { STATE, ORGANIZATION, CAPITAL, SEAT, DEMONYM }

    /** A known name: what it is, the entity it names (by QID) and, for capitals and seats, the place. */
    public record Entry(Kind kind, String name, String qid, String stateQid, String placeQid) {}

    static final int MAX_TOKENS = 8;

    private final Map<String, Entry> byForm = new HashMap<>();
    private final Map<String, List<Entry>> shared = new HashMap<>();
    /** Every prefix of every form ("United", "United Arab"): where a longer match may still come. Built once, never changed. */
    private final Set<String> prefixes;
    private final Map<String, GazetteerEntry> byQid = new HashMap<>();

    public Lexicon(Gazetteer gazetteer, Rules rules) {
        Set<String> ignored = new HashSet<>();
        for (Rule r : rules.table("ignore").rules())
            ignored.add(r.pattern().toString().trim());
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.qid().isEmpty())
                continue;
            byQid.putIfAbsent(e.qid(), e);
            switch (e.type()) {
                case "State" -> e.names().forEach(n -> add(n, new Entry(Kind.STATE, e.name(), e.qid(), e.qid(), null), ignored));
                case "InternationalOrganization" -> e.names().forEach(n -> add(n, new Entry(Kind.ORGANIZATION, e.name(), e.qid(), null, null), ignored));
                case "Place" -> {
                    String state = gazetteer.stateOfCapital(e.qid()).map(GazetteerEntry::qid).orElse(null);
                    e.names().forEach(n -> add(n, new Entry(Kind.CAPITAL, e.name(), e.qid(), state, e.qid()), ignored));
                }
                default -> { }
            }
        }
        for (Rule r : rules.table("seats").rules()) {
            String form = r.pattern().toString().trim(), state = r.column(0, null), place = r.column(1, null);
            GazetteerEntry s = gazetteer.byQid(state).orElseThrow(
                    () -> new IllegalArgumentException(r + ": " + state + " is not in the gazetteer"));
            Kind kind = "InternationalOrganization".equals(s.type()) ? Kind.ORGANIZATION : Kind.SEAT;
            byForm.put(form, new Entry(kind, form, state, state, place));
        }
        for (GazetteerEntry e : gazetteer.entries())
            if (e.type().equals("State"))
                for (String d : gazetteer.demonymsOf(e.qid())) {
                    Entry demonym = new Entry(Kind.DEMONYM, d, e.qid(), e.qid(), null);
                    if (byForm.putIfAbsent(d, demonym) != null)
                        add(d, demonym, ignored); // a demonym two states share ("Congolese", "Korean")
                }
        // built here, before the lexicon is shared between extraction threads
        Set<String> p = new HashSet<>();
        for (String form : byForm.keySet())
            for (int c = 1; c <= form.length(); c++)
                p.add(form.substring(0, c));
        this.prefixes = Set.copyOf(p);
    }

    private void add(String form, Entry entry, Set<String> ignored) {
        if (ignored.contains(form) || form.length() < 2)
            return;
        // a state's name beats a capital of the same name ("Mexico", "Singapore")
        Entry old = byForm.get(form);
        if (old == null || (old.kind() == Kind.CAPITAL && entry.kind() != Kind.CAPITAL))
            byForm.put(form, entry);
        else if (old.kind() == entry.kind() && old.qid() != null && !old.qid().equals(entry.qid()))
            // "Congolese", "Congo": a form two states share; the article's context chooses
            shared.computeIfAbsent(form, k -> new ArrayList<>(List.of(old))).add(entry);
    }

    /** Every entry of a form that several states share, the default first; empty for an unshared form. */
    public List<Entry> sharedBy(String form) {
        return shared.getOrDefault(form, List.of());
    }

    /** Canonical name of the gazetteer entry with this QID. */
    public Optional<String> nameOf(String qid) {
        return Optional.ofNullable(byQid.get(qid)).map(GazetteerEntry::name);
    }

    /** Longest known name starting at token {@code i}: the entry and the number of tokens. */
    public Optional<Match> longestAt(String text, Sentence s, int i) {
        if (!s.token(i).capitalized())
            return Optional.empty();
        Match best = null;
        StringBuilder form = new StringBuilder();
        for (int k = i; k < s.size() && k - i < MAX_TOKENS; k++) {
            Token t = s.token(k);
            if (k > i && t.start() > s.token(k - 1).end())
                form.append(' ');
            form.append(t.text().replace('\u2019', '\''));
            String f = form.toString();
            Entry e = byForm.get(f);
            if (e != null)
                best = new Match(e, i, k + 1, sharedBy(f));
            if (!prefixes.contains(f))
                break;
        }
        return Optional.ofNullable(best);
    }

    /** A known name at tokens {@code from..to}; {@code alternatives} lists every entry when states share the form. */
    public record Match(Entry entry, int from, int to, List<Entry> alternatives) {}

}
