package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class LanguageGuardTest {
    static final String ENGLISH = "The foreign ministers of both countries met in Geneva on Tuesday to discuss "
            + "a ceasefire along the disputed border. Officials said the talks were constructive and that a "
            + "second round would follow next month.";
    static final String GERMAN = "Die Außenminister beider Länder trafen sich am Dienstag in Genf, um über eine "
            + "Waffenruhe an der umstrittenen Grenze zu sprechen. Beamte sagten, die Gespräche seien konstruktiv "
            + "gewesen und eine zweite Runde solle im nächsten Monat folgen.";
    static final String FRENCH = "Les ministres des Affaires étrangères des deux pays se sont réunis mardi à Genève "
            + "pour discuter d'un cessez-le-feu le long de la frontière contestée. Selon les responsables, les "
            + "discussions ont été constructives et un deuxième cycle suivra le mois prochain.";

    private final LanguageGuard guard = LanguageGuard.standard();

    @Test
    void english() {
        LanguageGuard.Detection d = guard.detect(ENGLISH);
        assertEquals("eng", d.iso6393());
        assertEquals("en", d.bcp47());
        assertTrue(d.conclusive());
        assertTrue(d.confidence() > 0 && d.confidence() <= 1);
        assertTrue(guard.isEnglish(ENGLISH));
    }

    @Test
    void germanAndFrenchAreNotEnglish() {
        assertEquals("de", guard.detect(GERMAN).bcp47());
        assertEquals("deu", guard.detect(GERMAN).iso6393());
        assertFalse(guard.isEnglish(GERMAN));
        assertEquals("fr", guard.detect(FRENCH).bcp47());
        assertFalse(guard.isEnglish(FRENCH));
    }

    @Test
    void tooShortToTellCountsAsEnglish() {
        assertFalse(guard.detect("Guten Tag, Herr Minister").conclusive());
        assertTrue(guard.isEnglish("Guten Tag, Herr Minister"));
        assertTrue(guard.isEnglish(""));
        assertEquals("und", guard.detect("  12 345 !!").bcp47());
    }

    @Test
    void onlyTheStartIsLookedAt() {
        String text = GERMAN.repeat(40) + ENGLISH.repeat(200);
        assertFalse(guard.isEnglish(text));
    }

    @Test
    void codes() {
        assertEquals("zh", LanguageGuard.toBcp47("cmn"));
        assertEquals("zh", LanguageGuard.toBcp47("zho"));
        assertEquals("uk", LanguageGuard.toBcp47("ukr"));
        assertEquals("ja", LanguageGuard.toBcp47("jpn"));
        assertEquals("tr", LanguageGuard.toBcp47("tur"));
        assertEquals("nl", LanguageGuard.toBcp47("nld"));
        assertEquals("gsw", LanguageGuard.toBcp47("gsw"));
    }

    @Test
    void sharedBetweenThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String text = i % 2 == 0 ? ENGLISH : FRENCH;
                results.add(pool.submit(() -> guard.detect(text).bcp47()));
            }
            for (int i = 0; i < results.size(); i++)
                assertEquals(i % 2 == 0 ? "en" : "fr", results.get(i).get());
        } finally {
            pool.shutdown();
        }
    }
}
