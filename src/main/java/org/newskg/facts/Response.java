package org.newskg.facts;

import java.util.List;

/**
 * An answer to an allegation: a denial, or a counter-claim, which also names whom it accuses
 * ({@code against}) of what ({@code act}) and, being an allegation itself, has a status.
 */
public record Response(String id, List<String> by, String content, String quote, List<String> against, String act,
                       String status,
                       List<Span> evidence, Double confidence, String label, List<String> characterizations) implements Fact {

    public Response {
        by = Lists.of(by);
        against = Lists.of(against);
        evidence = Lists.of(evidence);
        characterizations = Lists.of(characterizations);
    }
}
