package org.newskg.facts;

import java.util.List;

/** Something that happened or is planned; {@code type} is the local name of an event class. */
public record Event(String id, String type, List<Participant> participants, String place, String date,
                    Boolean planned, String occasion, String weapon,
                    List<Span> evidence, Double confidence, String label, List<String> characterizations) implements Fact {

    public Event {
        participants = Lists.of(participants);
        evidence = Lists.of(evidence);
        characterizations = Lists.of(characterizations);
    }
}
