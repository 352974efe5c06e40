package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.standard();

    @Test
    void findsStatesByTheirNamesOfficialNamesAndCodes() {
        assertEquals("Q159", g.find("Russia", "State").orElseThrow().qid());
        assertEquals("Q159", g.find("the Russian Federation", "State").orElseThrow().qid());
        assertEquals("Q148", g.find("China", "State").orElseThrow().qid());
        assertEquals("Q865", g.find("Taiwan", "State").orElseThrow().qid());
        assertEquals("Q1246", g.find("Kosovo", "State").orElseThrow().qid());
        assertEquals("Q15180", g.find("Soviet Union", "State").orElseThrow().qid());
    }

    @Test
    void findsOrganizationsByNameAndAcronym() {
        assertEquals("Q7184", g.find("NATO", "InternationalOrganization").orElseThrow().qid());
        assertEquals("Q458", g.find("E.U.", "InternationalOrganization").orElseThrow().qid());
        assertEquals("Q37470", g.find("UN Security Council", "InternationalOrganization").orElseThrow().qid());
    }

    @Test
    void demonymsAndCapitalsLeadToTheirStates() {
        assertEquals("Q148", g.stateOfDemonym("Chinese").orElseThrow().qid());
        String moscow = g.find("Moscow", "Place").orElseThrow().qid();
        assertEquals("Q649", moscow);
        assertEquals("Q159", g.stateOfCapital(moscow).orElseThrow().qid());
    }

    @Test
    void neverTheCulturalRegionAndNoGuessForUnknownNames() {
        assertTrue(g.byQid("Q29520").isEmpty());
        assertTrue(g.find("Narnia", "State").isEmpty());
        assertTrue(g.find("Russia", "InternationalOrganization").isEmpty(), "a name of another type is not taken");
    }

    @Test
    void everyStateAndMostOrganizationsHaveAQid() {
        long states = g.entries().stream().filter(e -> e.type().equals("State")).count();
        long withQid = g.entries().stream().filter(e -> e.type().equals("State") && !e.qid().isEmpty()).count();
        assertEquals(204, states);
        assertEquals(states, withQid);
    }
}
