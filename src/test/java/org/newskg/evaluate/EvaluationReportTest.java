package org.newskg.evaluate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.evaluate.EvaluationFixtures.*;

import org.junit.jupiter.api.Test;

class EvaluationReportTest {
    @Test
    void theReportListsAMissWithItsEvidence() {
        EvaluationResult r = score(withEvents(facts(), evs -> { evs.removeIf(e -> e.id().equals("call")); return evs; }));
        String md = EvaluationReport.markdown(r, "Fixture", "newskg evaluate --gold x");
        assertTrue(md.startsWith("# Fixture\n"), md);
        assertTrue(md.contains("| events | 4 | 0 | 1 | 1.000 | 0.800 | 0.889 | 0.60 met |"), md);
        assertTrue(md.contains("| leaders (person, state, office) | 3 | 0 | 0 | 1.000 | 1.000 | 1.000 | 0.75 met |"), md);
        assertTrue(md.contains("## Matching"), md);
        assertTrue(md.contains("### e001"), md);
        assertTrue(md.contains("- event PhoneCall [Kari Solberg, John Carver] — "
                               + "\"Solberg later held a phone call with U.S. Secretary of State John Carver.\""), md);
    }

    @Test
    void missedTargetsAreMarked() {
        EvaluationResult r = score(null);
        String md = EvaluationReport.markdown(r, "Nothing", "cmd");
        assertTrue(md.contains("| events | 0 | 0 | 5 | 0.000 | 0.000 | 0.000 | 0.60 **not met** |"), md);
        assertTrue(md.contains("No predicted facts."), md);
        assertTrue(md.contains("- event Meeting [Kari Solberg, Matti Rantanen] @ Helsinki — \"Norwegian Prime Minister"), md);
    }
}
