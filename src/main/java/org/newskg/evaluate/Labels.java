package org.newskg.evaluate;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.newskg.link.Gazetteer;
import org.newskg.link.GazetteerEntry;
import org.newskg.link.OfficeHolders;

/**
 * How labels are compared: {@link #normalize(String) normalized}, and canonicalized through the
 * offline {@link Gazetteer} (a state, organization or place name gives its QID, so "United
 * States", "U.S." and "USA" all give Q30) and the {@link OfficeHolders} table (a leader's full
 * name, or a spelling the table lists for it, gives the QID of the one person it names there).
 */
public final class Labels {
    private final Gazetteer gazetteer;
    private final OfficeHolders officeHolders;

    public Labels(Gazetteer gazetteer, OfficeHolders officeHolders) {
        this.gazetteer = gazetteer;
        this.officeHolders = officeHolders;
    }

    /**
     * Lower case, accents stripped (NFD, combining marks removed), periods and apostrophes
     * dropped ("U.S." is "us"), any other run of punctuation or space made one space, a leading
     * "the" removed: "The U.S." and "us" are equal, "Nicolás Maduro" and "Nicolas Maduro" too.
     */
    public static String normalize(String label) {
        if (label == null)
            return "";
        String s = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[.'\u2019`\u00b4]", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        if (s.startsWith("the "))
            s = s.substring(4);
        return s.equals("the") ? "" : s;
    }

    /** The words of a normalized label. */
    public static List<String> tokens(String label) {
        String n = normalize(label);
        return n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
    }

    /**
     * The QID the gazetteer gives a name of this gold type (State, Organization or Place), or the
     * office-holders table a Leader's full name (when it names exactly one person there), or
     * null. A State is also found by its capital ("Moscow") or demonym ("Russian") when no state
     * goes by the name itself.
     */
    public String qid(String name, String type) {
        if (name == null || type == null)
            return null;
        if (type.equals("Leader"))
            return officeHolders.onlyPersonNamed(name).orElse(null);
        Optional<GazetteerEntry> found = switch (type) {
            case "State" -> gazetteer.find(name, "State")
                    .or(() -> gazetteer.find(name, "Place").flatMap(c -> gazetteer.stateOfCapital(c.qid())))
                    .or(() -> gazetteer.stateOfDemonym(name));
            case "Organization" -> gazetteer.find(name, "InternationalOrganization");
            case "Place" -> gazetteer.find(name, "Place");
            default -> Optional.empty();
        };
        return found.map(GazetteerEntry::qid).filter(q -> !q.isEmpty()).orElse(null);
    }
}
