package org.newskg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.newskg.link.OfficeHolder;
import org.newskg.link.OfficeHolders;

/**
 * Wikidata QIDs for the people of an article, from the office-holders table. Decided once the
 * whole article is read: by then every name a person went by and every office the text gave
 * them are known, and a surname met after the full name has been merged into its person.
 *
 * <p>A person is linked only on agreement, never on a name alone:
 * <ul>
 * <li>the person has a full name (two words or more: the name the article introduced, or another
 *     full mention merged into them; a person only ever called "Putin" is not linked), which is
 *     the name or a listed spelling of a holder in the table;</li>
 * <li>when the article gives the person an office of a state, that holder held an office of that
 *     state on the day of publication, give or take {@link OfficeHolders#SLACK_DAYS}, when the
 *     article is dated; for a former holder ("former President", "then-president") the term need
 *     only have begun by then. A namesake elsewhere or in another decade does not link;</li>
 * <li>when the article ties the person to no state, the full name is that of exactly one person
 *     in the table. The name is then the only evidence, which is why it must be a full name the
 *     table lists, and one that names a single person there;</li>
 * <li>a holder without a QID never links, nor do names or offices that lead to two people.</li>
 * </ul>
 */
final class LeaderLinks {
    /** A person's QID and the terms of office behind it. */
    private record Link(String qid, List<OfficeHolder> terms) {}

    /** Office kinds of the facts format as the table names them; other kinds are not in the table. */
    private static final Map<String, String> TABLE_OFFICES = Map.of("HeadOfState", "Head of state",
            "HeadOfGovernment", "Head of government", "ForeignMinister", "Foreign minister");
    /**
     * Titles that are the table's offices themselves. A crown prince or a military ruler is of
     * the kind head of government or of state, but holds another office than the one the
     * table dates (a crown prince may become prime minister years later).
     */
    private static final Set<String> TABLE_TITLES = Set.of("president", "king", "queen", "emir", "sultan",
            "supreme leader", "prime minister", "premier", "chancellor", "state counsellor", "foreign minister",
            "foreign secretary", "foreign affairs minister", "minister of foreign affairs", "secretary of state");
    /** How a printed title says its holder has left the office: "Former President", "then-president". */
    private static final Pattern FORMER = Pattern.compile("^(former|then|late)\\b[ -]*");

    private final Map<Ent, Link> links = new HashMap<>();

    LeaderLinks(Discourse discourse, OfficeHolders table, LocalDate published) {
        Map<Ent, List<Discourse.Office>> officesOf = new HashMap<>();
        for (Discourse.Office o : discourse.offices())
            if (o.of().qid != null)
                officesOf.computeIfAbsent(o.person(), k -> new ArrayList<>()).add(o);
        for (Ent e : discourse.entities())
            if (e.isPerson())
                link(e, officesOf.getOrDefault(e, List.of()), table, published).ifPresent(l -> links.put(e, l));
    }

    private static Optional<Link> link(Ent person, List<Discourse.Office> offices, OfficeHolders table, LocalDate day) {
        Set<OfficeHolder> terms = new LinkedHashSet<>();
        for (String name : fullNames(person)) {
            if (offices.isEmpty())
                terms.addAll(table.named(name));
            for (Discourse.Office o : offices) {
                if (!isFormer(o)) {
                    terms.addAll(table.terms(name, o.of().qid, null, day));
                    continue;
                }
                for (OfficeHolder t : table.terms(name, o.of().qid, null, null))
                    if (day == null || t.beganBy(day, OfficeHolders.SLACK_DAYS))
                        terms.add(t);
            }
        }
        return OfficeHolders.samePerson(terms).map(qid -> new Link(qid, List.copyOf(terms)));
    }

    /**
     * The state (QID) whose office of this kind the person of this full name held on {@code day}
     * by the table, when exactly one state fits; null when none or several do, or when the kind is
     * not one the table holds. An undated article takes the state only when every term of that
     * office the name ever had in the table is of one state.
     */
    static String holderState(OfficeHolders table, String name, String kind, LocalDate day) {
        String office = TABLE_OFFICES.get(kind);
        if (office == null)
            return null;
        Set<String> states = new LinkedHashSet<>();
        for (OfficeHolder t : table.named(name))
            if (t.office().equals(office) && (day == null || t.inOffice(day, OfficeHolders.SLACK_DAYS)))
                states.add(t.stateQid());
        return states.size() == 1 ? states.iterator().next() : null;
    }

    /** The names of two words or more the person went by in the article. */
    private static List<String> fullNames(Ent person) {
        List<String> names = new ArrayList<>();
        if (person.name.contains(" "))
            names.add(person.name);
        for (String alias : person.aliases)
            if (alias.trim().contains(" "))
                names.add(alias);
        return names;
    }

    private static boolean isFormer(Discourse.Office o) {
        return FORMER.matcher(o.title().toLowerCase(Locale.ROOT)).lookingAt();
    }

    /** The person's QID, or null. */
    String qid(Ent person) {
        Link l = links.get(person);
        return l == null ? null : l.qid();
    }

    /** The table's term of this office, when exactly one fits: it dates a tenure the text leaves undated. */
    Optional<OfficeHolder> term(Discourse.Office o) {
        Link l = links.get(o.person());
        String office = TABLE_OFFICES.get(o.kind());
        String title = FORMER.matcher(o.title().toLowerCase(Locale.ROOT)).replaceFirst("");
        if (l == null || office == null || !TABLE_TITLES.contains(title))
            return Optional.empty();
        List<OfficeHolder> fit = l.terms().stream()
                .filter(t -> t.office().equals(office) && t.stateQid().equals(o.of().qid)).toList();
        return fit.size() == 1 ? Optional.of(fit.get(0)) : Optional.empty();
    }
}
