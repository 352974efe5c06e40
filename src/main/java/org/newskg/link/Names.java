package org.newskg.link;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: case, accents, periods, a leading "the" and spacing do not count. */
final class Names {
    private Names() {}

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace(".", "");
        s = s.replaceAll("[^\\p{L}\\p{N}']+", " ").trim();
        if (s.startsWith("the "))
            s = s.substring(4);
        return s;
    }
}
