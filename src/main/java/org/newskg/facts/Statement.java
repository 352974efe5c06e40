package org.newskg.facts;

import java.util.List;

/** Something said by one or more speakers; a Criticism also names whom it criticizes. */
public record Statement(String id, String type, List<String> speakers, String quote, String content, String about,
                        List<String> criticized, String date,
                        List<Span> evidence, Double confidence, String label, List<String> characterizations) implements Fact {

    public Statement {
        speakers = Lists.of(speakers);
        criticized = Lists.of(criticized);
        evidence = Lists.of(evidence);
        characterizations = Lists.of(characterizations);
    }
}
