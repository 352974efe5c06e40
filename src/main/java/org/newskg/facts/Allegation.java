package org.newskg.facts;

import java.util.List;

/** An accusation, with the denials and counter-claims that answer it. */
public record Allegation(String id, List<String> accusers, List<String> accused, String act, String concerns,
                         String allegedEvent, String status, String date, String quote,
                         List<Response> denials, List<Response> counterClaims,
                         List<Span> evidence, Double confidence, String label, List<String> characterizations) implements Fact {

    public Allegation {
        accusers = Lists.of(accusers);
        accused = Lists.of(accused);
        denials = Lists.of(denials);
        counterClaims = Lists.of(counterClaims);
        evidence = Lists.of(evidence);
        characterizations = Lists.of(characterizations);
    }
}
