package org.newskg.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Heads of state and government, foreign ministers and the heads of a few international
 * organizations, with their terms and Wikidata QIDs: the jar's
 * {@code gazetteer/office_holders.tsv}, loaded once per JVM. It answers which terms of office
 * tie a person, as an article names them, to the state the article gives them, so that the
 * person can be linked offline when name, state and date agree.
 *
 * <pre>
 *   List&lt;OfficeHolder&gt; terms = OfficeHolders.standard().terms("Vladimir Putin", "Q159", null, LocalDate.of(2024, 3, 6));
 *   Optional&lt;String&gt; qid = OfficeHolders.samePerson(terms);
 * </pre>
 *
 * Names compare without case, accents and punctuation ({@code Names.key}); only the names and
 * aliases the table lists count, and the given names with a surname it lists: no other spelling
 * is guessed.
 */
public final class OfficeHolders {
    /**
     * Days of leeway at either end of a term: news runs ahead of an inauguration and behind a
     * resignation, and some terms in the table start on the day of the election rather than of
     * taking office.
     */
    public static final int SLACK_DAYS = 30;

    private static final List<String> COLUMNS = List.of("state", "state_qid", "office", "person", "person_qid", "start",
            "end", "aliases", "source");
    private static volatile OfficeHolders standard;

    private final List<OfficeHolder> rows;
    /** Name key (full name or alias) -> the rows of the person known by it. */
    private final Map<String, List<OfficeHolder>> byName = new HashMap<>();

    private OfficeHolders(List<OfficeHolder> rows) {
        this.rows = List.copyOf(rows);
        for (OfficeHolder row : rows)
            for (String name : fullNames(row))
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(row);
    }

    /**
     * The keys a holder is known by: the name, the aliases, and the given names with each
     * one-word alias as the surname, so that "Volodymyr Zelenskiy" is known when the table
     * lists "Zelenskiy" for Volodymyr Zelenskyy. No spelling the table does not list.
     */
    private static Set<String> fullNames(OfficeHolder row) {
        Set<String> keys = new LinkedHashSet<>();
        String name = Names.key(row.person());
        keys.add(name);
        int lastSpace = name.lastIndexOf(' ');
        for (String alias : row.aliases()) {
            String a = Names.key(alias);
            keys.add(a);
            if (lastSpace > 0 && a.indexOf(' ') < 0 && !a.isEmpty())
                keys.add(name.substring(0, lastSpace + 1) + a);
        }
        return keys;
    }

    public static OfficeHolders standard() {
        OfficeHolders h = standard;
        if (h == null) {
            synchronized (OfficeHolders.class) {
                if (standard == null) {
                    List<OfficeHolder> rows = new ArrayList<>();
                    TsvTable.resourceRows("/gazetteer/office_holders.tsv", cols -> rows.add(row(cols)));
                    standard = new OfficeHolders(rows);
                }
                h = standard;
            }
        }
        return h;
    }

    /** A table with the columns of the standard one, from a file. */
    public static OfficeHolders read(Path file) throws IOException {
        List<OfficeHolder> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            TsvTable.rows(in, file.toString(), COLUMNS, cols -> rows.add(row(cols)));
        }
        return new OfficeHolders(rows);
    }

    private static OfficeHolder row(Map<String, String> cols) {
        return new OfficeHolder(cols.get("state"), cols.get("state_qid"), cols.get("office"), cols.get("person"),
                emptyToNull(cols.get("person_qid")), emptyToNull(cols.get("start")), emptyToNull(cols.get("end")),
                TsvTable.split(cols.get("aliases")), cols.get("source"));
    }

    private static String emptyToNull(String cell) {
        return cell == null || cell.isEmpty() ? null : cell;
    }

    public List<OfficeHolder> rows() {
        return rows;
    }

    /**
     * The terms of office that tie the person of this name to this state (or organization,
     * by QID): the name is the holder's full name or one of their aliases, the office is
     * {@code office} unless that is null, and the day lies within the term (give or take
     * {@link #SLACK_DAYS}) unless it is null. Terms without a QID are among them, so that a
     * caller sees the namesake it must not link.
     *
     * <p>A name of one word never matches: a surname alone ("Putin", "Kim") says too little
     * across 64 states and 35 years; the caller resolves it to the full name the article
     * introduced first.
     */
    public List<OfficeHolder> terms(String name, String stateQid, String office, LocalDate day) {
        return named(name).stream()
                .filter(t -> t.stateQid().equals(stateQid))
                .filter(t -> office == null || t.office().equals(office))
                .filter(t -> day == null || t.inOffice(day, SLACK_DAYS))
                .toList();
    }

    /**
     * The QID of the only person the table knows by this full name (or alias of two words or
     * more), whatever the office, state or date; empty for a name of one word, an unknown
     * name, or a person without a QID.
     */
    public Optional<String> onlyPersonNamed(String name) {
        return samePerson(named(name));
    }

    /** Every term of the person known by this full name or alias of two words or more, in any office. */
    public List<OfficeHolder> named(String name) {
        String key = Names.key(name);
        return key.indexOf(' ') < 0 ? List.of() : List.copyOf(byName.getOrDefault(key, List.of()));
    }

    /** The QID of the one person all these terms are of; empty when there are none, when they name several, or when one has no QID. */
    public static Optional<String> samePerson(Collection<OfficeHolder> terms) {
        Set<String> qids = new LinkedHashSet<>();
        for (OfficeHolder t : terms) {
            if (t.personQid() == null)
                return Optional.empty();
            qids.add(t.personQid());
        }
        return qids.size() == 1 ? Optional.of(qids.iterator().next()) : Optional.empty();
    }
}
