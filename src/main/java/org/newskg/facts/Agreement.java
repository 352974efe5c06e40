package org.newskg.facts;

import java.util.List;

/** A partnership, alliance, treaty, ceasefire, pledge of support or trade relation. */
public record Agreement(String id, String type, List<String> parties, List<String> beneficiaries,
                        List<String> declaredBy, List<String> domains, String start, String end, String duration,
                        List<Span> evidence, Double confidence, String label, List<String> characterizations) implements Fact {

    public Agreement {
        parties = Lists.of(parties);
        beneficiaries = Lists.of(beneficiaries);
        declaredBy = Lists.of(declaredBy);
        domains = Lists.of(domains);
        evidence = Lists.of(evidence);
        characterizations = Lists.of(characterizations);
    }
}
