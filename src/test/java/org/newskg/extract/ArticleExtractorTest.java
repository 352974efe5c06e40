package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.facts.Allegation;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Entity;
import org.newskg.facts.Event;
import org.newskg.facts.FactsReader;
import org.newskg.facts.FactsWriter;
import org.newskg.facts.Span;
import org.newskg.ingest.ExtractedArticles;
import org.newskg.ingest.RawArticleReader;
import org.newskg.store.ArticleStore;
import org.newskg.store.LoadResult;

/** The extractor on a small article written for the test (fixtures under extract/articles). */
class ArticleExtractorTest {
    static final Path VISIT = Path.of("src/test/resources/extract/articles/visit.txt");
    static final Path BORDER = Path.of("src/test/resources/extract/articles/border.md");
    static final Path LEADERS = Path.of("src/test/resources/extract/articles/leaders.txt");

    static ArticleExtractor extractor;
    static ArticleFacts visit;

    @BeforeAll
    static void extract() throws Exception {
        extractor = ArticleExtractor.create().build();
        visit = ExtractedArticles.extract(extractor, RawArticleReader.create().read(VISIT).get(0));
    }

    private static Map<String, Entity> byId(ArticleFacts f) {
        return f.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    private static String name(ArticleFacts f, String id) {
        return byId(f).get(id).name();
    }

    @Test
    void statesAndPlacesAreLinkedToWikidata() {
        Map<String, String> qids = visit.entities().stream().filter(e -> e.wikidata() != null)
                .collect(Collectors.toMap(Entity::name, Entity::wikidata));
        assertEquals("Q148", qids.get("China"));
        assertEquals("Q159", qids.get("Russia"));
        assertEquals("Q212", qids.get("Ukraine"));
        assertEquals("Q649", qids.get("Moscow"), "Moscow is a place here: something happens in it");
    }

    @Test
    void leadersAreFoundFromTheirOfficeAndShortNamesReferBackToThem() {
        Set<String> tenures = visit.leadership().stream()
                .map(t -> name(visit, t.person()) + "|" + t.office() + "|" + t.title() + "|" + name(visit, t.of()))
                .collect(Collectors.toSet());
        assertEquals(Set.of("Xi Jinping|HeadOfState|President|China", "Vladimir Putin|HeadOfState|President|Russia"), tenures);
        assertTrue(visit.entities().stream().noneMatch(e -> e.name().equals("Xi") || e.name().equals("Putin")),
                   "\"Xi\" and \"Putin\" are the same people, not new ones");
    }

    @Test
    void leadersAreLinkedWhereTheOfficeHoldersAgreeAndTheirTermsDateTheTenures(@TempDir Path dir) throws Exception {
        ArticleFacts f = ExtractedArticles.extract(extractor, RawArticleReader.create().read(LEADERS).get(0));
        Map<String, String> qids = f.entities().stream().filter(e -> e.type().equals("Person"))
                .collect(Collectors.toMap(Entity::name, e -> String.valueOf(e.wikidata())));
        assertEquals(Map.of("Donald Tusk", "Q946", "Ulf Kristersson", "Q1780398", "Beata Szydło", "Q4877021"), qids,
                "in office on the day of publication, and a former prime minister whose term lies before it");
        Set<String> tenures = f.leadership().stream()
                .map(t -> name(f, t.person()) + "|" + t.title() + "|" + t.start() + "|" + t.end()).collect(Collectors.toSet());
        assertEquals(Set.of("Donald Tusk|Prime Minister|2023-12-13|null", "Ulf Kristersson|Prime Minister|2022-10-18|null",
                            "Beata Szydło|former Prime Minister|2015-11-16|2017-12-11"), tenures);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FactsWriter.write(f, out);
        FactsReader.standard().read("leaders.facts.json", out.toByteArray());
        ArticleStore store = ArticleStore.open(dir.resolve("db"));
        store.loadOntology();
        assertEquals(LoadResult.Outcome.ADDED, store.load(f).outcome(), "linked people and dated tenures pass the shapes");
    }

    @Test
    void aVisitHasItsVisitorHostPlaceAndTheDateResolvedFromPublication() {
        Event v = visit.events().stream().filter(e -> e.type().equals("StateVisit") && e.planned() == null).findFirst().orElseThrow();
        Map<String, String> roles = v.participants().stream().collect(Collectors.toMap(p -> name(visit, p.entity()), p -> p.role()));
        assertEquals(Map.of("Xi Jinping", "participant", "Vladimir Putin", "host"), roles);
        assertEquals("Moscow", name(visit, v.place()));
        assertEquals("2024-03-04", v.date(), "\"on Monday\" before a Wednesday publication");
    }

    @Test
    void aPlannedVisitIsMarkedPlanned() {
        Event planned = visit.events().stream().filter(e -> Boolean.TRUE.equals(e.planned())).findFirst().orElseThrow();
        assertEquals("StateVisit", planned.type());
        assertTrue(planned.participants().stream().anyMatch(p -> name(visit, p.entity()).equals("Kazakhstan")));
    }

    @Test
    void anAllegationCarriesItsDenialAndEvidence() {
        Allegation a = visit.allegations().get(0);
        assertEquals(List.of("Ukraine"), a.accusers().stream().map(id -> name(visit, id)).toList());
        assertEquals(List.of("Russia"), a.accused().stream().map(id -> name(visit, id)).toList());
        assertEquals("denied", a.status());
        assertEquals(List.of("Russia"), a.denials().get(0).by().stream().map(id -> name(visit, id)).toList());
        assertTrue(a.act().startsWith("violating the ceasefire"), a.act());
        assertEquals("Ukraine accused Russia of violating the ceasefire overnight.", a.evidence().get(0).text());
    }

    @Test
    void everyFactHasEvidenceInTheTextAConfidenceAndTheExtractorVersion() {
        String text = visit.article().text();
        visit.allFacts().forEach(f -> {
            assertTrue(f.confidence() != null && f.confidence() > 0 && f.confidence() <= 1, f.id());
            for (Span s : f.evidence())
                assertEquals(s.text(), text.substring(text.offsetByCodePoints(0, s.start()), text.offsetByCodePoints(0, s.end())));
        });
        assertEquals(ArticleExtractor.NAME, visit.extractor().name());
        assertTrue(visit.extractor().version().startsWith(ArticleExtractor.VERSION + "+rules."));
        assertEquals("Example Wire", visit.entities().stream().filter(e -> e.type().equals("NewsOrganization"))
                .findFirst().orElseThrow().name());
    }

    @Test
    void extractedFactsPassTheReaderAndTheShapesAndLoadIntoTdb2(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FactsWriter.write(visit, out);
        ArticleFacts reread = FactsReader.standard().read("visit.facts.json", out.toByteArray());
        ArticleFacts border = ExtractedArticles.extract(extractor, RawArticleReader.create().read(BORDER).get(0));
        ArticleStore store = ArticleStore.open(dir.resolve("db"));
        store.loadOntology();
        assertEquals(LoadResult.Outcome.ADDED, store.load(visit).outcome());
        assertEquals(LoadResult.Outcome.ADDED, store.load(border).outcome());
        assertEquals(LoadResult.Outcome.UNCHANGED, store.load(visit).outcome(), "same input, same extractor: skipped");
        assertEquals(2, store.articleCount());
        assertEquals(visit.allFacts().count(), reread.allFacts().count());
    }

    @Test
    void theMarkdownArticleGivesACallACeasefireAndADeniedAccusation() throws Exception {
        ArticleFacts f = ExtractedArticles.extract(extractor, RawArticleReader.create().read(BORDER).get(0));
        assertTrue(f.events().stream().anyMatch(e -> e.type().equals("PhoneCall") && e.participants().size() == 2));
        assertTrue(f.agreements().stream().anyMatch(a -> a.type().equals("Ceasefire")
                && a.parties().stream().map(id -> name(f, id)).collect(Collectors.toSet()).equals(Set.of("Armenia", "Azerbaijan"))));
        Allegation a = f.allegations().get(0);
        assertEquals("Azerbaijan", name(f, a.accusers().get(0)));
        assertEquals("Armenia", name(f, a.denials().get(0).by().get(0)));
    }

    @Test
    void tradeFlowsGoFromSupplierToBuyerButNotWhenOnlyPlanned() {
        String text = "Russia supplies crude oil and gas to China. India imports weapons from Russia. Germany will sell tanks to Poland.";
        ArticleFacts f = extractor.extract(new org.newskg.facts.Article("trade", null, null, null, "en", null, null, null, null, text));
        Set<String> flows = f.tradeFlows().stream().map(t -> t.goods() + ": " + name(f, t.from()) + " > " + name(f, t.to()))
                .collect(Collectors.toSet());
        assertEquals(Set.of("crude oil and gas: Russia > China", "weapons: Russia > India"), flows);
    }

    @Test
    void aBadUserRuleTableIsRefusedWhenLoadedNamingFileAndLine(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("events.tsv"), "\uFEFFconvened\tSummit\t0.6\nrallied\tMeeting\t0,7\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> ArticleExtractor.create().rules(rules).build());
        assertTrue(e.getMessage().contains("events.tsv:2") && e.getMessage().contains("'0,7'"), e.getMessage());
    }

    @Test
    void aUserRuleFileChangesWhatIsFoundWithoutRecompiling(@TempDir Path rules) throws Exception {
        String text = "Brazil and India convened in New Delhi to discuss grain exports.";
        org.newskg.facts.Article article = new org.newskg.facts.Article("convened", null, null, null, "en", null, null, null, null, text);
        assertTrue(extractor.extract(article).events().isEmpty(), "\"convened\" is not a standard trigger");
        Files.writeString(rules.resolve("events.tsv"), "convened\tSummit\t0.6\n");
        ArticleExtractor mine = ArticleExtractor.create().rules(rules).build();
        ArticleFacts f = mine.extract(article);
        assertEquals("Summit", f.events().get(0).type());
        assertNotEquals(extractor.stamp(), mine.stamp(), "facts say which rules found them");
        assertNotNull(f.events().get(0).confidence());
    }
}
