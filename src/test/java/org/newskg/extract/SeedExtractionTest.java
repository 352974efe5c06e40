package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Entity;
import org.newskg.facts.FactsReader;
import org.newskg.ingest.ExtractedArticles;
import org.newskg.ingest.RawArticleReader;

/**
 * The extractor on the seed article, scored against its curated facts (articles/): entities by
 * QID, leaders by (name, state), allegations and agreements by the states involved.
 */
class SeedExtractionTest {
    static final Path SEED = Path.of("articles/000_1c78fd6e59ff975b");
    static ArticleFacts curated, extracted;

    @BeforeAll
    static void extract() throws Exception {
        curated = FactsReader.standard().read(Path.of(SEED + ".facts.json"));
        extracted = ExtractedArticles.extract(ArticleExtractor.create().build(),
                                              RawArticleReader.create().read(Path.of(SEED + ".txt")).get(0));
    }

    /** F1 of two sets. */
    static double f1(Set<String> gold, Set<String> found) {
        Set<String> tp = new HashSet<>(gold);
        tp.retainAll(found);
        if (tp.isEmpty())
            return 0;
        double p = (double) tp.size() / found.size(), r = (double) tp.size() / gold.size();
        return 2 * p * r / (p + r);
    }

    static double recall(Set<String> gold, Set<String> found) {
        Set<String> tp = new HashSet<>(gold);
        tp.retainAll(found);
        return gold.isEmpty() ? 1 : (double) tp.size() / gold.size();
    }

    private static Map<String, Entity> byId(ArticleFacts f) {
        return f.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    /** An actor as a comparable key: its state's QID for a state or a person holding an office, else its name. */
    private static String key(ArticleFacts f, String id) {
        Entity e = byId(f).get(id);
        if (e.type().equals("Person"))
            return f.leadership().stream().filter(t -> t.person().equals(id)).map(t -> byId(f).get(t.of()).wikidata())
                    .filter(q -> q != null).findFirst().orElse(e.name());
        if (e.type().equals("StateBody") && e.partOf() != null)
            return key(f, e.partOf());
        return e.wikidata() != null ? e.wikidata() : e.name();
    }

    private static Set<String> statesAndOrganizations(ArticleFacts f) {
        return f.entities().stream().filter(e -> Set.of("State", "InternationalOrganization").contains(e.type()) && e.wikidata() != null)
                .map(Entity::wikidata).collect(Collectors.toSet());
    }

    private static Set<String> leaders(ArticleFacts f) {
        return f.leadership().stream().map(t -> byId(f).get(t.person()).name() + "|" + byId(f).get(t.of()).wikidata())
                .collect(Collectors.toSet());
    }

    private static Set<String> allegations(ArticleFacts f) {
        Set<String> pairs = new HashSet<>();
        f.allegations().forEach(a -> a.accusers().forEach(x -> a.accused().forEach(y -> pairs.add(key(f, x) + ">" + key(f, y)))));
        return pairs;
    }

    private static Set<String> agreementParties(ArticleFacts f) {
        return f.agreements().stream().map(a -> a.parties().stream().map(p -> key(f, p)).sorted().collect(Collectors.joining("+")))
                .collect(Collectors.toSet());
    }

    @Test
    void statesAndOrganizationsWithTheirQids() {
        double f1 = f1(statesAndOrganizations(curated), statesAndOrganizations(extracted));
        assertTrue(f1 >= 0.85, "F1 " + f1 + ": curated " + statesAndOrganizations(curated) + ", extracted " + statesAndOrganizations(extracted));
    }

    @Test
    void leadersWithTheirStates() {
        double r = recall(leaders(curated), leaders(extracted));
        assertTrue(r >= 0.75, "recall " + r + ": curated " + leaders(curated) + ", extracted " + leaders(extracted));
    }

    @Test
    void allegationsBetweenTheRightActors() {
        double r = recall(allegations(curated), allegations(extracted));
        assertTrue(r >= 0.5, "recall " + r + ": curated " + allegations(curated) + ", extracted " + allegations(extracted));
    }

    @Test
    void agreementsBetweenTheRightParties() {
        double r = recall(agreementParties(curated), agreementParties(extracted));
        assertTrue(r >= 0.5, "recall " + r + ": curated " + agreementParties(curated) + ", extracted " + agreementParties(extracted));
    }
}
