package org.newskg.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.newskg.facts.Agreement;
import org.newskg.facts.Allegation;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Entity;
import org.newskg.facts.Event;
import org.newskg.facts.FactsException;
import org.newskg.facts.FactsReader;
import org.newskg.facts.Response;
import org.newskg.link.Gazetteer;

/** The invented fixture article e001 (gold, facts, text) under src/test/resources/evaluate, and ways to alter its facts. */
final class EvaluationFixtures {
    static final Path DIR = Path.of("src", "test", "resources", "evaluate");
    static final Path GOLD = DIR.resolve("gold");
    static final Path PREDICTED = DIR.resolve("predicted");
    static final String ID = "e001";

    private EvaluationFixtures() {}

    static GoldArticle gold() {
        try {
            return GoldReader.read(GOLD.resolve(ID + ".json"));
        } catch (GoldException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static ArticleFacts facts() {
        try {
            return FactsReader.standard().read(PREDICTED.resolve(ID + ".facts.json"));
        } catch (FactsException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static EvaluationResult score(ArticleFacts predicted) {
        return score(gold(), predicted);
    }

    static EvaluationResult score(GoldArticle gold, ArticleFacts predicted) {
        return Evaluation.of(Gazetteer.standard()).score(Map.of(ID, gold), predicted == null ? Map.of() : Map.of(ID, predicted));
    }

    static ArticleFacts withEntities(ArticleFacts f, UnaryOperator<List<Entity>> change) {
        return new ArticleFacts(f.article(), f.extractor(), change.apply(new ArrayList<>(f.entities())), f.leadership(),
                                f.events(), f.agreements(), f.allegations(), f.statements(), f.tradeFlows(), f.contentHash());
    }

    static ArticleFacts withEvents(ArticleFacts f, UnaryOperator<List<Event>> change) {
        return new ArticleFacts(f.article(), f.extractor(), f.entities(), f.leadership(), change.apply(new ArrayList<>(f.events())),
                                f.agreements(), f.allegations(), f.statements(), f.tradeFlows(), f.contentHash());
    }

    static ArticleFacts withAgreements(ArticleFacts f, UnaryOperator<List<Agreement>> change) {
        return new ArticleFacts(f.article(), f.extractor(), f.entities(), f.leadership(), f.events(),
                                change.apply(new ArrayList<>(f.agreements())), f.allegations(), f.statements(), f.tradeFlows(),
                                f.contentHash());
    }

    static ArticleFacts withAllegations(ArticleFacts f, UnaryOperator<List<Allegation>> change) {
        return new ArticleFacts(f.article(), f.extractor(), f.entities(), f.leadership(), f.events(), f.agreements(),
                                change.apply(new ArrayList<>(f.allegations())), f.statements(), f.tradeFlows(), f.contentHash());
    }

    /** The fact with this id replaced. */
    static <T extends org.newskg.facts.Fact> List<T> replace(List<T> facts, String id, UnaryOperator<T> change) {
        return facts.stream().map(x -> x.id().equals(id) ? change.apply(x) : x).toList();
    }

    /** The entity with this id replaced. */
    static List<Entity> replaceEntity(List<Entity> entities, String id, UnaryOperator<Entity> change) {
        return entities.stream().map(x -> x.id().equals(id) ? change.apply(x) : x).toList();
    }

    static Allegation accusers(Allegation a, List<String> accusers) {
        return new Allegation(a.id(), accusers, a.accused(), a.act(), a.concerns(), a.allegedEvent(), a.status(), a.date(),
                              a.quote(), a.denials(), a.counterClaims(), a.evidence(), a.confidence(), a.label(),
                              a.characterizations());
    }

    static Allegation deniedBy(Allegation a, List<String> by) {
        List<Response> denials = a.denials().stream()
                .map(d -> new Response(d.id(), by, d.content(), d.quote(), d.against(), d.act(), d.status(), d.evidence(),
                                       d.confidence(), d.label(), d.characterizations()))
                .toList();
        return new Allegation(a.id(), a.accusers(), a.accused(), a.act(), a.concerns(), a.allegedEvent(), a.status(), a.date(),
                              a.quote(), denials, a.counterClaims(), a.evidence(), a.confidence(), a.label(),
                              a.characterizations());
    }

    static Agreement type(Agreement a, String type) {
        return new Agreement(a.id(), type, a.parties(), a.beneficiaries(), a.declaredBy(), a.domains(), a.start(), a.end(),
                             a.duration(), a.evidence(), a.confidence(), a.label(), a.characterizations());
    }

    static Entity renamed(Entity e, String name, List<String> aliases, String wikidata) {
        return new Entity(e.id(), e.type(), name, aliases, wikidata, e.partOf(), e.memberOf(), e.nationality(), e.mentions());
    }
}
