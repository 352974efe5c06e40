package org.newskg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The offline gazetteer: every state (UN members and observers, Taiwan, Kosovo, historical
 * states) and the main international organizations with their Wikidata QIDs, the names they go
 * by, their demonyms, and their capitals as places. Built from the verified tables in the
 * jar's {@code gazetteer/} folder; no network.
 *
 * <pre>
 *   Optional&lt;GazetteerEntry&gt; russia = Gazetteer.standard().find("the Russian Federation", "State");
 * </pre>
 */
public final class Gazetteer {
    private static volatile Gazetteer standard;

    /** name key -> entries of each type (a name can be a state and a capital: "Mexico"). */
    private final Map<String, List<GazetteerEntry>> byName = new HashMap<>();
    private final Map<String, GazetteerEntry> byDemonym = new HashMap<>();
    /** State QID -> its demonyms as written ("Chinese"). */
    private final Map<String, List<String>> demonyms = new HashMap<>();
    private final Map<String, GazetteerEntry> byQid = new HashMap<>();
    /** Capital place QID -> the state whose seat it is, for metonymy ("Moscow said"). */
    private final Map<String, GazetteerEntry> stateOfCapital = new HashMap<>();
    private final List<GazetteerEntry> entries = new ArrayList<>();

    private Gazetteer() {}

    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (standard == null)
                    standard = load();
                g = standard;
            }
        }
        return g;
    }

    private static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        TsvTable.resourceRows("/gazetteer/states.tsv", cols -> {
            String name = cols.get("name"), qid = cols.get("wikidata");
            Set<String> names = new LinkedHashSet<>(List.of(name));
            if (!cols.get("official_name").isEmpty())
                names.add(cols.get("official_name"));
            names.addAll(TsvTable.split(cols.get("alt_names")));
            if (!cols.get("iso3").isEmpty())
                names.add(cols.get("iso3"));
            GazetteerEntry state = g.add(new GazetteerEntry(name, "State", qid, List.copyOf(names)));
            for (String demonym : TsvTable.split(cols.get("demonym"))) {
                g.byDemonym.putIfAbsent(Names.key(demonym), state);
                g.demonyms.computeIfAbsent(qid, k -> new ArrayList<>()).add(demonym);
            }
            String capital = cols.get("capital"), capitalQid = cols.get("capital_wikidata");
            if (!capital.isEmpty() && !capitalQid.isEmpty()) {
                g.add(new GazetteerEntry(capital, "Place", capitalQid, List.of(capital)));
                g.stateOfCapital.putIfAbsent(capitalQid, state);
            }
        });
        TsvTable.resourceRows("/gazetteer/organizations.tsv", cols -> {
            Set<String> names = new LinkedHashSet<>(List.of(cols.get("name")));
            if (!cols.get("acronym").isEmpty())
                names.add(cols.get("acronym"));
            names.addAll(TsvTable.split(cols.get("alt_names")));
            g.add(new GazetteerEntry(cols.get("name"), "InternationalOrganization", cols.get("wikidata"), List.copyOf(names)));
        });
        return g;
    }

    private GazetteerEntry add(GazetteerEntry e) {
        entries.add(e);
        for (String n : e.names()) {
            List<GazetteerEntry> list = byName.computeIfAbsent(Names.key(n), k -> new ArrayList<>());
            if (!list.contains(e))
                list.add(e);
        }
        if (!e.qid().isEmpty())
            byQid.putIfAbsent(e.qid(), e);
        return e;
    }

    /** The entry of this type known by this name, if exactly one. */
    public Optional<GazetteerEntry> find(String name, String type) {
        List<GazetteerEntry> found = byName.getOrDefault(Names.key(name), List.of()).stream()
                .filter(e -> e.type().equals(type)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Every entry known by this name, of any type. */
    public List<GazetteerEntry> findAll(String name) {
        return byName.getOrDefault(Names.key(name), List.of());
    }

    /** The state a demonym refers to: "Chinese" gives China. */
    public Optional<GazetteerEntry> stateOfDemonym(String demonym) {
        return Optional.ofNullable(byDemonym.get(Names.key(demonym)));
    }

    /** The demonyms of the state with this QID, as written ("Chinese"); empty when none is known. */
    public List<String> demonymsOf(String stateQid) {
        return List.copyOf(demonyms.getOrDefault(stateQid, List.of()));
    }

    /** The state whose capital has this QID ("Moscow said" means Russia). */
    public Optional<GazetteerEntry> stateOfCapital(String capitalQid) {
        return Optional.ofNullable(stateOfCapital.get(capitalQid));
    }

    public Optional<GazetteerEntry> byQid(String qid) {
        return Optional.ofNullable(byQid.get(qid));
    }

    public Collection<GazetteerEntry> entries() {
        return List.copyOf(entries);
    }
}
