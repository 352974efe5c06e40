package org.newskg.evaluate;

import java.util.List;
import java.util.Optional;

/**
 * One gold annotation file of the development corpus format ({@code gold/dNNN.json}): the
 * entities an article names and the leaders, events, agreements and allegations it states.
 * Every label used by a leader row, event, agreement or allegation is the label of one of
 * {@link #entities()} (the reader checks it).
 *
 * @param id the file name without {@code .json}, such as {@code d001}
 */
public record GoldArticle(String id, List<Entity> entities, List<Leader> leaders, List<Event> events,
                          List<Agreement> agreements, List<Allegation> allegations) {

    /** Entity types of the gold format. */
    public static final List<String> ENTITY_TYPES = List.of("Leader", "State", "Organization", "Place", "Group");
    /** Event types of the gold format. */
    public static final List<String> EVENT_TYPES = List.of("Meeting", "Visit", "PhoneCall", "Summit", "Attack",
                                                           "Statement", "MilitaryExercise", "Other");
    /** Agreement types of the gold format. */
    public static final List<String> AGREEMENT_TYPES = List.of("Partnership", "Treaty", "Ceasefire", "Alliance",
                                                               "SupportPledge", "Cooperation", "TradeDeal", "Other");

    public GoldArticle {
        entities = List.copyOf(entities);
        leaders = List.copyOf(leaders);
        events = List.copyOf(events);
        agreements = List.copyOf(agreements);
        allegations = List.copyOf(allegations);
    }

    /** The entity with this label. */
    public Optional<Entity> entity(String label) {
        return entities.stream().filter(e -> e.label().equals(label)).findFirst();
    }

    /** A named entity; {@code wikidata} is a QID or null ("not verified", not "has no item"). */
    public record Entity(String label, String type, String wikidata) {}

    /** A person holding an office of a state, as the text states it. */
    public record Leader(String leader, String state, String office) {}

    /** Something that happened; {@code place} and {@code date} may be null. */
    public record Event(String type, List<String> participants, String place, String date, String evidence) {
        public Event {
            participants = List.copyOf(participants);
        }
    }

    /** An agreement between parties. */
    public record Agreement(String type, List<String> parties, String date, String evidence) {
        public Agreement {
            parties = List.copyOf(parties);
        }
    }

    /** An accusation; {@code deniedBy} is null when the text reports no denial. */
    public record Allegation(String accuser, String accused, String act, String deniedBy, String evidence) {}
}
