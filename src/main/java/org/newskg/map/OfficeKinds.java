package org.newskg.map;

import java.util.Map;

import org.apache.jena.rdf.model.Resource;
import org.newskg.vocab.NKG;

/** The office kinds of the facts format and the position classes of the ontology they map to. */
final class OfficeKinds {
    private OfficeKinds() {}

    private static final Map<String, Resource> CLASSES = Map.of(
            "HeadOfState", NKG.HeadOfStatePosition,
            "HeadOfGovernment", NKG.HeadOfGovernmentPosition,
            "Minister", NKG.MinisterPosition,
            "ForeignMinister", NKG.ForeignMinisterPosition,
            "DefenceMinister", NKG.DefenceMinisterPosition,
            "MilitaryCommander", NKG.MilitaryCommandPosition,
            "OrganizationLeader", NKG.OrganizationLeaderPosition,
            "Other", NKG.Position);

    private static final Map<String, String> NAMES = Map.of(
            "HeadOfState", "Head of state",
            "HeadOfGovernment", "Head of government",
            "Minister", "Minister",
            "ForeignMinister", "Foreign minister",
            "DefenceMinister", "Defence minister",
            "MilitaryCommander", "Military commander",
            "OrganizationLeader", "Leader",
            "Other", "Official");

    static Resource positionClass(String kind) {
        Resource c = CLASSES.get(kind);
        if (c == null)
            throw new IllegalArgumentException("unknown office kind " + kind);
        return c;
    }

    /** A readable name for a position without a printed title. */
    static String name(String kind) {
        return NAMES.getOrDefault(kind, kind);
    }

    /** Kinds a state holds once at a time, so the kind alone identifies the position. */
    static boolean isUnique(String kind) {
        return kind.equals("HeadOfState") || kind.equals("HeadOfGovernment")
                || kind.equals("ForeignMinister") || kind.equals("DefenceMinister");
    }

    static Iterable<String> kinds() {
        return CLASSES.keySet();
    }
}
