package org.newskg.evaluate;

/** What is scored, in report order, with the F1 each kind should reach (or none). */
public enum Kind {
    ENTITIES("entities: states and organizations", 0.85, false),
    ENTITIES_STATE("entities: State", null, true),
    ENTITIES_ORGANIZATION("entities: Organization", null, true),
    ENTITIES_LEADER("entities: Leader", null, true),
    ENTITIES_GROUP("entities: Group", null, true),
    ENTITIES_PLACE("entities: Place", null, true),
    LINKS("links: states and organizations", 0.85, true),
    LINKS_LEADER("links: leaders", null, true),
    LEADERS("leaders (person, state, office)", 0.75, true),
    EVENTS("events", 0.6, true),
    AGREEMENTS("agreements", 0.6, true),
    AGREEMENTS_UNTYPED("agreements, parties only", null, false),
    ALLEGATION_PAIRS("allegations, accuser and accused only", null, false),
    ALLEGATIONS("allegations with denial", 0.6, true);

    private final String label;
    private final Double target;
    private final boolean itemized;

    Kind(String label, Double target, boolean itemized) {
        this.label = label;
        this.target = target;
        this.itemized = itemized;
    }

    /** A readable name. */
    public String label() {
        return label;
    }

    /** The F1 to reach, or null when the kind is shown for information only. */
    public Double target() {
        return target;
    }

    /**
     * Whether misses and false hits are listed item by item; the combined and the looser scores
     * are not, as their items are those of another kind (their differences show as notes).
     */
    public boolean itemized() {
        return itemized;
    }

    /** The per-type entity kind of a gold entity type. */
    public static Kind entities(String goldType) {
        return switch (goldType) {
            case "State" -> ENTITIES_STATE;
            case "Organization" -> ENTITIES_ORGANIZATION;
            case "Leader" -> ENTITIES_LEADER;
            case "Group" -> ENTITIES_GROUP;
            case "Place" -> ENTITIES_PLACE;
            default -> throw new IllegalArgumentException("no gold entity type " + goldType);
        };
    }
}
