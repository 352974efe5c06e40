package org.newskg.facts;

import java.util.List;

/** A person holding an office ({@code office} kind, {@code title} as printed) of a state or organization. */
public record Tenure(String id, String person, String office, String title, String of, String start, String end,
                     List<Span> evidence, Double confidence, String label, List<String> characterizations) implements Fact {

    public Tenure {
        evidence = Lists.of(evidence);
        characterizations = Lists.of(characterizations);
    }
}
