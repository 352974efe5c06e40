package org.newskg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.evaluate.EvaluationFixtures.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.facts.Allegation;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Response;

class EvaluationTest {

    private static void assertPerfect(EvaluationResult r, Kind kind) {
        Score s = r.score(kind);
        assertEquals(new Score(s.tp(), 0, 0), s, kind.label());
        assertEquals(1.0, s.f1(), kind.label());
    }

    private static void assertPerfectExcept(EvaluationResult r, Kind... except) {
        List<Kind> skip = List.of(except);
        for (Kind k : Kind.values())
            if (!skip.contains(k))
                assertPerfect(r, k);
    }

    @Test
    void aPerfectPredictionScoresOneForEveryKind() {
        EvaluationResult r = score(facts());
        assertPerfectExcept(r);
        ArticleResult a = r.article(ID).orElseThrow();
        assertEquals(List.of(), a.misses());
        assertEquals(List.of(), a.falseHits());
        // every kind had something to find
        for (Kind k : Kind.values())
            assertTrue(r.score(k).tp() > 0, k.label());
        assertEquals(5, r.score(Kind.EVENTS).tp(), "the planned meeting and the remark are not events");
        assertEquals(4, r.score(Kind.LINKS).tp(), "the gold United States has no QID: not a link to score");
    }

    @Test
    void removingOneEventLowersEventRecallOnly() {
        EvaluationResult r = score(withEvents(facts(), evs -> { evs.removeIf(e -> e.id().equals("call")); return evs; }));
        assertEquals(new Score(4, 0, 1), r.score(Kind.EVENTS));
        assertEquals(0.8, r.score(Kind.EVENTS).recall(), 1e-9);
        assertEquals(1.0, r.score(Kind.EVENTS).precision());
        assertPerfectExcept(r, Kind.EVENTS);
    }

    @Test
    void aWrongDenialLowersTheAllegationScoreWithDenialButNotThePairScore() {
        ArticleFacts f = withAllegations(facts(), as -> replace(as, "jamming", a -> deniedBy(a, List.of("finland"))));
        EvaluationResult r = score(f);
        assertEquals(new Score(1, 1, 1), r.score(Kind.ALLEGATIONS));
        assertPerfect(r, Kind.ALLEGATION_PAIRS);
        ArticleResult a = r.article(ID).orElseThrow();
        assertTrue(a.misses().stream().anyMatch(m -> m.kind() == Kind.ALLEGATIONS
                && m.toString().contains("Finland → Russia") && m.toString().contains("pair found; predicted denied by Finland")),
                   a.misses().toString());
    }

    @Test
    void aMissingDenialIsWrongToo() {
        ArticleFacts f = withAllegations(facts(), as -> replace(as, "smuggling", a -> new Allegation(
                a.id(), a.accusers(), a.accused(), a.act(), null, null, "denied", null, null,
                List.of(new Response("smuggling-denial", List.of("russia"), null, null, null, null, null, a.evidence(), null, null, null)),
                List.of(), a.evidence(), null, null, null)));
        EvaluationResult r = score(f);
        assertEquals(new Score(1, 1, 1), r.score(Kind.ALLEGATIONS), "gold: not denied; predicted: denied");
        assertPerfect(r, Kind.ALLEGATION_PAIRS);
    }

    @Test
    void aLeaderPredictedAsHisStateStillMatchesAnAllegation() {
        // gold: Kari Solberg accuses; predicted: Norway, whose prime minister the gold says she is
        ArticleFacts f = withAllegations(facts(), as -> replace(as, "smuggling", a -> accusers(a, List.of("norway"))));
        assertPerfectExcept(score(f));
        // gold: Finland accuses; predicted: its president, per the predicted tenure
        f = withAllegations(facts(), as -> replace(as, "jamming", a -> accusers(a, List.of("rantanen"))));
        assertPerfectExcept(score(f));
        // a state that is not the leader's does not match
        f = withAllegations(facts(), as -> replace(as, "smuggling", a -> accusers(a, List.of("finland"))));
        assertEquals(new Score(1, 1, 1), score(f).score(Kind.ALLEGATION_PAIRS));
    }

    @Test
    void aQidLessGoldStateMatchesThroughTheGazetteer() {
        // the gold's "United States" has no QID; the prediction's "U.S." carries Q30
        EvaluationResult r = score(facts());
        assertPerfect(r, Kind.ENTITIES_STATE);
        // without a QID on either side, the gazetteer still knows "U.S." and "United States" as Q30
        ArticleFacts f = withEntities(facts(), es -> replaceEntity(es, "usa", e -> renamed(e, "U.S.", List.of(), null)));
        assertPerfectExcept(score(f));
        // and a wrong name does not match
        f = withEntities(facts(), es -> replaceEntity(es, "usa", e -> renamed(e, "Canada", List.of(), null)));
        r = score(f);
        assertEquals(new Score(3, 1, 1), r.score(Kind.ENTITIES_STATE));
        assertEquals(new Score(2, 1, 1), r.score(Kind.LEADERS), "Carver is Secretary of State of Canada now");
    }

    @Test
    void personsMatchBySurnameAndOfficesLoosely() {
        ArticleFacts f = withEntities(facts(), es -> replaceEntity(replaceEntity(es, "solberg", e -> renamed(e, "Solberg", List.of(), null)),
                                                            "carver", e -> renamed(e, "Carver", List.of(), null)));
        EvaluationResult r = score(f);
        assertPerfect(r, Kind.ENTITIES_LEADER);
        assertEquals(new Score(0, 0, 1), r.score(Kind.LINKS_LEADER), "Solberg found, but not linked");
        assertFalse(Evaluation.keyMatch(ref("Kari Solberg"), predRef("Erna Solberg")) > 0, "another first name");
        assertEquals(2, Evaluation.officeMatch("Foreign Minister", "minister"));
        assertEquals(1, Evaluation.officeMatch("Foreign Minister", "Defence Minister"), "same head word: loose on purpose");
        assertEquals(2, Evaluation.officeMatch("President", "Finnish President"));
        assertEquals(3, Evaluation.officeMatch("Leader (late)", "leader"));
        assertEquals(3, Evaluation.officeMatch("Defense Minister", "Defence Minister"));
        assertEquals(0, Evaluation.officeMatch("President", "Prime Minister"));
    }

    private static Ref ref(String label) {
        return new Ref(label, "Leader", label, List.of(Labels.normalize(label)), null, null);
    }

    private static Ref predRef(String name) {
        return new Ref("p", "Leader", name, List.of(Labels.normalize(name)), null, null);
    }

    @Test
    void agreementsOfAnotherTypeCountForTheUntypedScoreOnly() {
        ArticleFacts f = withAgreements(facts(), as -> replace(as, "patrols", a -> type(a, "Partnership")));
        EvaluationResult r = score(f);
        assertEquals(new Score(0, 1, 1), r.score(Kind.AGREEMENTS));
        assertPerfect(r, Kind.AGREEMENTS_UNTYPED);
        assertTrue(r.article(ID).orElseThrow().misses().stream()
                    .anyMatch(m -> m.toString().contains("parties found in a predicted Partnership")));
    }

    @Test
    void nothingPredictedMissesEverything() {
        EvaluationResult r = score(null);
        assertEquals(List.of(ID), r.withoutPrediction());
        assertEquals(new Score(0, 0, 5), r.score(Kind.EVENTS));
        assertEquals(0.0, r.score(Kind.EVENTS).f1());
        assertEquals(0.0, r.score(Kind.EVENTS).precision());
    }

    @Test
    void normalization() {
        assertEquals("us", Labels.normalize("The U.S."));
        assertEquals("nicolas maduro", Labels.normalize("Nicolás  Maduro"));
        assertEquals("lai ching te", Labels.normalize("Lai Ching-te"));
        assertEquals("cote divoire", Labels.normalize("Côte d’Ivoire"));
    }
}
