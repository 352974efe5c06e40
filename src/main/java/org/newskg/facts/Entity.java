package org.newskg.facts;

import java.util.List;

/**
 * A named entity of the article. {@code type} is the local name of an ontology class
 * (State, Person, Place, ...); {@code wikidata} is a QID such as Q148 or null.
 */
public record Entity(String id, String type, String name, List<String> aliases, String wikidata,
                     String partOf, List<String> memberOf, String nationality, List<Span> mentions) {

    public Entity {
        aliases = Lists.of(aliases);
        memberOf = Lists.of(memberOf);
        mentions = Lists.of(mentions);
    }
}
