package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells which language a text is in, with OpenNLP's language detector and the model of
 * {@code opennlp-models-langdetect} (103 languages, ISO 639-3 codes), so that articles not in
 * English can be set aside before extraction.
 *
 * <p>The model (10 MB) is read once, from the classpath resource {@value #MODEL_RESOURCE}, on the
 * first detection; instances share it and are safe to use from several threads.
 *
 * <p>Only the first {@value #MAX_CHARS} characters of a text are looked at. A text with fewer than
 * {@value #MIN_LETTERS} letters in them is too short to tell: its detection is not
 * {@linkplain Detection#conclusive() conclusive}, and {@link #isEnglish} gives it the benefit of
 * the doubt.
 */
public final class LanguageGuard {
    /** Where the model is on the classpath. */
    public static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** How much of a text is looked at. */
    public static final int MAX_CHARS = 4000;
    /** Fewer letters than this and the language is not told. */
    public static final int MIN_LETTERS = 40;

    private static final LanguageGuard STANDARD = new LanguageGuard();
    private static final Object LOCK = new Object();
    private static volatile LanguageDetectorModel model;

    /** ISO 639-3 code to the shortest BCP 47 tag. */
    private static final Map<String, String> BCP47 = bcp47Codes();

    /**
     * What the detector found.
     *
     * @param iso6393    the best language as an ISO 639-3 code ({@code eng}), or {@code und}
     * @param bcp47      the same as a BCP 47 tag ({@code en}; the ISO 639-3 code when there is no
     *                   two-letter code), or {@code und}
     * @param confidence the detector's score for it, between 0 and 1 (with over a hundred
     *                   languages, scores are low: compare them, do not read them as probabilities)
     * @param letters    how many letters the detector looked at
     */
    public record Detection(String iso6393, String bcp47, double confidence, int letters) {
        /** Whether the text was long enough to tell its language ({@value LanguageGuard#MIN_LETTERS} letters or more). */
        public boolean conclusive() {
            return letters >= MIN_LETTERS;
        }

        /** Whether the best language is English. */
        public boolean english() {
            return "eng".equals(iso6393);
        }
    }

    private LanguageGuard() {}

    /** The detector with the bundled model. */
    public static LanguageGuard standard() {
        return STANDARD;
    }

    /** The most likely language of {@code text} (of its first {@value #MAX_CHARS} characters). */
    public Detection detect(String text) {
        String sample = sample(text == null ? "" : text);
        int letters = countLetters(sample);
        if (letters == 0)
            return new Detection("und", "und", 0, 0);
        Language best = new LanguageDetectorME(model()).predictLanguage(sample);
        String code = best.getLang();
        return new Detection(code, toBcp47(code), best.getConfidence(), letters);
    }

    /**
     * Whether {@code text} should be taken as English: true when English is the most likely
     * language, and also when the text is too short to tell (fewer than {@value #MIN_LETTERS}
     * letters), so that a short article is not thrown away on a guess.
     */
    public boolean isEnglish(String text) {
        Detection d = detect(text);
        return !d.conclusive() || d.english();
    }

    /** The BCP 47 tag for an ISO 639-3 code: its ISO 639-1 code where it has one, else itself. */
    public static String toBcp47(String iso6393) {
        String code = iso6393.toLowerCase(Locale.ROOT);
        return BCP47.getOrDefault(code, code);
    }

    private static String sample(String text) {
        if (text.length() <= MAX_CHARS)
            return text;
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1)))
            end--;
        // end on a word boundary when one is near, so no half word is judged
        int space = text.lastIndexOf(' ', end);
        return text.substring(0, space > MAX_CHARS - 100 ? space : end);
    }

    private static int countLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp))
                n++;
            i += Character.charCount(cp);
        }
        return n;
    }

    private static LanguageDetectorModel model() {
        LanguageDetectorModel m = model;
        if (m != null)
            return m;
        synchronized (LOCK) {
            if (model == null) {
                try (InputStream in = LanguageGuard.class.getResourceAsStream(MODEL_RESOURCE)) {
                    if (in == null)
                        throw new IllegalStateException("the language model " + MODEL_RESOURCE
                                + " is not on the classpath (it comes with opennlp-models-langdetect)");
                    model = new LanguageDetectorModel(in);
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read the language model " + MODEL_RESOURCE + ": " + e.getMessage(), e);
                }
            }
            return model;
        }
    }

    private static Map<String, String> bcp47Codes() {
        Map<String, String> codes = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                String three = Locale.forLanguageTag(two).getISO3Language();
                if (three.length() == 3)
                    codes.putIfAbsent(three, two);
            } catch (java.util.MissingResourceException e) {
                // no three-letter code known for it: nothing to map
            }
        }
        // the ones that matter most, whatever the JDK says, and the individual languages the
        // model reports where ISO 639-1 has only the macrolanguage
        String[][] fixed = {
            {"eng", "en"}, {"fra", "fr"}, {"deu", "de"}, {"spa", "es"}, {"rus", "ru"}, {"zho", "zh"},
            {"cmn", "zh"}, {"ara", "ar"}, {"arb", "ar"}, {"por", "pt"}, {"ita", "it"}, {"jpn", "ja"},
            {"ukr", "uk"}, {"tur", "tr"}, {"heb", "he"}, {"ind", "id"}, {"pes", "fa"}, {"lvs", "lv"},
            {"ekk", "et"}, {"plt", "mg"}, {"zsm", "ms"},
        };
        for (String[] f : fixed)
            codes.put(f[0], f[1]);
        return Map.copyOf(codes);
    }
}
