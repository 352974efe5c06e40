package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.Fixtures;
import org.newskg.facts.Article;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Entity;
import org.newskg.facts.Tenure;
import org.newskg.link.OfficeHolders;

/**
 * Which people of a short text get a QID from the office-holders table, and which tenures get
 * its dates. The table is the test fixture: its people and QIDs are invented; Norway and Chile
 * are real, so that the gazetteer finds them in the text.
 */
class LeaderLinksTest {
    private static final String HOLMVIK = "Q999000001", OYARZUN = "Q999000002", MARKOVIC = "Q999000003";
    private static ArticleExtractor extractor;

    @BeforeAll
    static void build() throws Exception {
        extractor = ArticleExtractor.create().officeHolders(OfficeHolders.read(Fixtures.OFFICE_HOLDERS)).build();
    }

    private static ArticleFacts extract(String published, String text) {
        return extractor.extract(new Article("t", null, null, published, "en", null, null, null, null, text));
    }

    private static Entity person(ArticleFacts f, String name) {
        List<Entity> found = f.entities().stream().filter(e -> e.type().equals("Person") && e.name().equals(name)).toList();
        assertEquals(1, found.size(), "one person named " + name + " in " + f.entities());
        return found.get(0);
    }

    private static Tenure tenureOf(ArticleFacts f, Entity person) {
        return f.leadership().stream().filter(t -> t.person().equals(person.id())).findFirst().orElseThrow();
    }

    @Test
    void fullNameStateAndADateInTheTermLink() {
        ArticleFacts f = extract("2017-05-04", "Norwegian Prime Minister Ingrid Holmvik arrived in Santiago on Monday.");
        Entity holmvik = person(f, "Ingrid Holmvik");
        assertEquals(HOLMVIK, holmvik.wikidata());
        Tenure t = tenureOf(f, holmvik);
        assertEquals("2015-03-01", t.start(), "the table's term dates the tenure");
        assertEquals("2019-06-30", t.end());
    }

    @Test
    void aDateOutsideTheTermDoesNotLink() {
        ArticleFacts f = extract("2020-09-01", "Norwegian Prime Minister Ingrid Holmvik arrived in Santiago on Monday.");
        assertNull(person(f, "Ingrid Holmvik").wikidata());
        assertNull(tenureOf(f, person(f, "Ingrid Holmvik")).start());
    }

    @Test
    void aFormerHolderLinksAfterTheTerm() {
        ArticleFacts f = extract("2020-09-01", "Former Norwegian Prime Minister Ingrid Holmvik arrived in Santiago on Monday.");
        assertEquals(HOLMVIK, person(f, "Ingrid Holmvik").wikidata());
        ArticleFacts before = extract("2014-01-01", "Former Norwegian Prime Minister Ingrid Holmvik arrived in Santiago on Monday.");
        assertNull(person(before, "Ingrid Holmvik").wikidata(), "not before the first term");
    }

    @Test
    void withoutADateNameAndStateSuffice() {
        ArticleFacts f = extract(null, "Norwegian Prime Minister Ingrid Holmvik arrived in Santiago on Monday.");
        Entity holmvik = person(f, "Ingrid Holmvik");
        assertEquals(HOLMVIK, holmvik.wikidata());
        assertNull(tenureOf(f, holmvik).start(), "two terms: which one the text means is not known");
    }

    @Test
    void aWrongStateDoesNotLink() {
        ArticleFacts f = extract("2017-05-04", "Chilean Prime Minister Ingrid Holmvik arrived in Oslo on Monday.");
        assertNull(person(f, "Ingrid Holmvik").wikidata());
    }

    @Test
    void aBareSurnameAloneDoesNotLink() {
        ArticleFacts f = extract("2017-05-04", "Norwegian Prime Minister Holmvik arrived in Santiago on Monday.");
        assertNull(person(f, "Holmvik").wikidata());
    }

    @Test
    void aSurnameAfterAnEarlierFullMentionLinks() {
        ArticleFacts f = extract("2017-05-04", "Norwegian Prime Minister Ingrid Holmvik arrived in Santiago on Monday.\n\n"
                + "Holmvik said the talks would cover fisheries.");
        Entity holmvik = person(f, "Ingrid Holmvik");
        assertEquals(HOLMVIK, holmvik.wikidata());
        assertTrue(holmvik.aliases().contains("Holmvik"), holmvik.aliases().toString());
        assertEquals(2, holmvik.mentions().size());
        assertTrue(f.entities().stream().noneMatch(e -> e.name().equals("Holmvik")), "the surname is no person of its own");
    }

    @Test
    void aNamesakeWithoutQidDoesNotLink() {
        ArticleFacts f = extract("2019-06-01", "Chilean Foreign Minister Ana Riquelme met her Norwegian counterpart in Oslo.");
        assertNull(person(f, "Ana Riquelme").wikidata());
    }

    @Test
    void accentsAndCaseDoNotCountAndAListedSpellingLinks() {
        ArticleFacts f = extract("2019-03-01", "Chilean President Tomas Oyarzun met Norwegian Prime Minister Ingrid Holmvick in Oslo.");
        assertEquals(OYARZUN, person(f, "Tomas Oyarzun").wikidata());
        assertEquals(HOLMVIK, person(f, "Ingrid Holmvick").wikidata());
    }

    @Test
    void aFullNameWithoutAStateLinksOnlyWhenItNamesOnePersonWithAQid() {
        ArticleFacts f = extract("2014-06-01", "Helena Markovic said the talks had failed. Ana Riquelme said they had not.");
        assertEquals(MARKOVIC, person(f, "Helena Markovic").wikidata());
        assertNull(person(f, "Ana Riquelme").wikidata());
    }

    @Test
    void aTitleWithoutAStateTakesTheStateTheHolderServedOnTheDay() {
        // no state in the sentence: the table gives the prime minister of that day his state
        ArticleFacts f = extract("2017-05-04", "Prime Minister Ingrid Holmvik opened the new session of parliament on Monday.");
        Entity holmvik = person(f, "Ingrid Holmvik");
        String norway = f.entities().stream().filter(e -> e.name().equals("Norway")).map(Entity::id).findFirst().orElseThrow();
        assertEquals(norway, tenureOf(f, holmvik).of());
    }

    @Test
    void withoutADateATitleWithoutAStateTakesTheOnlyStateThatOfficeOfTheNameWasEverHeldIn() {
        ArticleFacts f = extract(null, "Prime Minister Ingrid Holmvik opened the new session of parliament.");
        assertTrue(f.entities().stream().anyMatch(e -> e.name().equals("Norway")), f.entities().toString());
    }

    @Test
    void aTitleTheNamedPersonNeverHeldGivesNoState() {
        // the table knows her as head of government only: "President" gives her no state from it
        ArticleFacts f = extract("2017-05-04", "President Ingrid Holmvik opened the new session of parliament.");
        assertTrue(f.entities().stream().noneMatch(e -> e.name().equals("Norway")), f.entities().toString());
    }
}
