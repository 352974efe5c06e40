package org.newskg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.newskg.facts.Agreement;
import org.newskg.facts.Allegation;
import org.newskg.facts.Article;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Entity;
import org.newskg.facts.Event;
import org.newskg.facts.Participant;
import org.newskg.facts.Response;
import org.newskg.facts.Span;
import org.newskg.facts.Statement;
import org.newskg.facts.Tenure;
import org.newskg.link.Gazetteer;

/** The development corpus' gold, read and scored against itself; skipped where the corpus is not beside the repository. */
class GoldCorpusTest {
    private static final Path DEV = Path.of("..", "shared", "corpus", "dev");

    private static SortedMap<String, GoldArticle> devGold() throws GoldException {
        assumeTrue(Files.isDirectory(DEV.resolve("gold")), "the development corpus is not at " + DEV + ": skipped");
        return Corpus.at(DEV).gold();
    }

    @Test
    void allThirtyGoldFilesParse() throws Exception {
        SortedMap<String, GoldArticle> gold = devGold();
        assertEquals(30, gold.size());
        assertEquals(272, gold.values().stream().mapToInt(g -> g.entities().size()).sum());
        assertEquals(71, gold.values().stream().mapToInt(g -> g.leaders().size()).sum());
        assertEquals(97, gold.values().stream().mapToInt(g -> g.events().size()).sum());
        assertEquals(33, gold.values().stream().mapToInt(g -> g.agreements().size()).sum());
        assertEquals(30, gold.values().stream().mapToInt(g -> g.allegations().size()).sum());
        assertEquals(17, gold.values().stream().flatMap(g -> g.allegations().stream()).filter(a -> a.deniedBy() != null).count());
    }

    @Test
    void allFortyGoldFilesOfTheSecondFolderParse() throws Exception {
        Path dev2 = Path.of("..", "shared", "corpus", "dev2");
        assumeTrue(Files.isDirectory(dev2.resolve("gold")), "the second development folder is not at " + dev2 + ": skipped");
        SortedMap<String, GoldArticle> gold = Corpus.at(dev2).gold();
        assertEquals(40, gold.size());
        assertEquals(279, gold.values().stream().mapToInt(g -> g.entities().size()).sum());
        assertEquals(88, gold.values().stream().mapToInt(g -> g.leaders().size()).sum());
        assertEquals(81, gold.values().stream().mapToInt(g -> g.events().size()).sum());
        assertEquals(50, gold.values().stream().mapToInt(g -> g.agreements().size()).sum());
        assertEquals(41, gold.values().stream().mapToInt(g -> g.allegations().size()).sum());
        assertEquals(20, gold.values().stream().flatMap(g -> g.allegations().stream()).filter(a -> a.deniedBy() != null).count());
    }

    @Test
    void theGoldAsFactsScoresOneForEveryKind() throws Exception {
        SortedMap<String, GoldArticle> gold = devGold();
        Corpus corpus = Corpus.at(DEV);
        EvaluationResult r = corpus.evaluate(Evaluation.of(Gazetteer.standard()), text -> {
            String name = text.getFileName().toString();
            return asFacts(gold.get(name.substring(0, name.length() - ".txt".length())));
        });
        assertEquals(List.of(), r.withoutPrediction());
        for (Kind k : Kind.values()) {
            Score s = r.score(k);
            assertEquals(0, s.fp() + s.fn(), k.label() + " " + s + "\n" + EvaluationReport.markdown(r, "gold vs gold", ""));
        }
        assertTrue(r.score(Kind.EVENTS).tp() == 97 && r.score(Kind.ALLEGATIONS).tp() == 30 && r.score(Kind.LEADERS).tp() == 71);
        assertEquals(119 + 17, r.score(Kind.ENTITIES).tp());
    }

    private static final Map<String, String> ENTITY_TYPES = Map.of("Leader", "Person", "State", "State",
            "Organization", "InternationalOrganization", "Place", "Place", "Group", "NonStateGroup");
    private static final Map<String, String> EVENT_TYPES = Map.of("Visit", "StateVisit", "Other", "Event");
    private static final Map<String, String> AGREEMENT_TYPES = Map.of("Cooperation", "CooperationAgreement",
            "TradeDeal", "TradeRelation", "Other", "Agreement");

    /** The gold in the facts model, as a perfect extractor would write it. */
    static ArticleFacts asFacts(GoldArticle g) {
        Map<String, String> ids = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (GoldArticle.Entity e : g.entities()) {
            String id = "e" + entities.size();
            ids.put(e.label(), id);
            entities.add(new Entity(id, ENTITY_TYPES.get(e.type()), e.label(), null, e.wikidata(), null, null, null, null));
        }
        int[] n = { 0 };
        List<Tenure> tenures = g.leaders().stream().map(l -> new Tenure("f" + n[0]++, ids.get(l.leader()), "Other", l.office(),
                ids.get(l.state()), null, null, evidence("row"), null, null, null)).toList();
        List<Event> events = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (GoldArticle.Event e : g.events()) {
            List<String> who = e.participants().stream().map(ids::get).toList();
            if (e.type().equals("Statement"))
                statements.add(new Statement("f" + n[0]++, "Statement", who, null, null, null, null, null, evidence(e.evidence()),
                                             null, null, null));
            else
                events.add(new Event("f" + n[0]++, EVENT_TYPES.getOrDefault(e.type(), e.type()),
                                     who.stream().map(id -> new Participant(id, null)).toList(), ids.get(e.place()), e.date(),
                                     null, null, null, evidence(e.evidence()), null, null, null));
        }
        List<Agreement> agreements = g.agreements().stream().map(a -> new Agreement("f" + n[0]++,
                AGREEMENT_TYPES.getOrDefault(a.type(), a.type()), a.parties().stream().map(ids::get).toList(), null, null, null,
                null, null, null, evidence(a.evidence()), null, null, null)).toList();
        List<Allegation> allegations = g.allegations().stream().map(a -> new Allegation("f" + n[0]++,
                List.of(ids.get(a.accuser())), List.of(ids.get(a.accused())), a.act(), null, null,
                a.deniedBy() == null ? "unverified" : "denied", null, null,
                a.deniedBy() == null ? List.of() : List.of(new Response("f" + n[0]++, List.of(ids.get(a.deniedBy())), null, null,
                                                                        null, null, null, evidence("denial"), null, null, null)),
                null, evidence(a.evidence()), null, null, null)).toList();
        Article article = new Article(g.id(), null, null, null, "en", null, null, null, null, "");
        return new ArticleFacts(article, null, entities, tenures, events, agreements, allegations, statements, null, null);
    }

    private static List<Span> evidence(String text) {
        return text == null ? List.of() : List.of(new Span(0, text.length(), text));
    }
}
