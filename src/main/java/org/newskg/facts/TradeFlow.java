package org.newskg.facts;

import java.util.List;

/** Goods supplied by one actor ({@code from}) to another ({@code to}). */
public record TradeFlow(String id, String goods, String from, String to,
                        List<Span> evidence, Double confidence, String label, List<String> characterizations) implements Fact {

    public TradeFlow {
        evidence = Lists.of(evidence);
        characterizations = Lists.of(characterizations);
    }
}
