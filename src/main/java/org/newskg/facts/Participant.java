package org.newskg.facts;

/** An entity taking part in an event; {@code role} is the local name of an ontology property. */
public record Participant(String entity, String role) {
    public Participant {
        if (role == null)
            role = "participant";
    }
}
