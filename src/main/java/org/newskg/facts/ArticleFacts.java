package org.newskg.facts;

import java.util.List;
import java.util.stream.Stream;

/**
 * Everything one facts file says about one article: its metadata and text, its entities, and
 * its facts. {@code contentHash} identifies the input it was read from, so an unchanged
 * article can be recognised on re-load.
 */
public record ArticleFacts(Article article, Extractor extractor, List<Entity> entities, List<Tenure> leadership,
                           List<Event> events, List<Agreement> agreements, List<Allegation> allegations,
                           List<Statement> statements, List<TradeFlow> tradeFlows, String contentHash) {

    public ArticleFacts {
        if (extractor == null)
            extractor = Extractor.CURATED;
        entities = Lists.of(entities);
        leadership = Lists.of(leadership);
        events = Lists.of(events);
        agreements = Lists.of(agreements);
        allegations = Lists.of(allegations);
        statements = Lists.of(statements);
        tradeFlows = Lists.of(tradeFlows);
    }

    /** Every fact, responses to allegations included. */
    public Stream<Fact> allFacts() {
        return Stream.of(leadership.stream(), events.stream(), agreements.stream(), allegations.stream(),
                         allegations.stream().flatMap(a -> Stream.concat(a.denials().stream(), a.counterClaims().stream())),
                         statements.stream(), tradeFlows.stream())
                     .flatMap(s -> s.map(Fact.class::cast));
    }

    /** The same facts with the article's text and the hash of the input filled in. */
    ArticleFacts withTextAndHash(String text, String hash) {
        return new ArticleFacts(article.withText(text), extractor, entities, leadership, events, agreements,
                                allegations, statements, tradeFlows, hash);
    }
}
