package org.newskg.ingest;

import java.util.List;
import java.util.regex.Pattern;

/** The plain-text rules every article body ends up following, whatever format it came in. */
final class PlainText {
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A([ \\t\\u00A0]*\\n)+");

    private PlainText() {}

    /**
     * A body as articles carry it: no byte order mark, lines ended by {@code \n} (from
     * {@code \r\n} and {@code \r}; a form feed is a line end too), no other control characters,
     * no blank lines at the top and no whitespace at the end.
     */
    static String body(String text) {
        if (text == null)
            return "";
        String s = text;
        if (s.startsWith("\uFEFF"))
            s = s.substring(1);
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        s = CONTROLS.matcher(s).replaceAll("");
        s = LEADING_BLANK_LINES.matcher(s).replaceFirst("");
        return s.stripTrailing();
    }

    /** Blocks of text (paragraphs, headings, list items), one a line, a blank line between them. */
    static String blocks(List<String> blocks) {
        return String.join("\n\n", blocks);
    }
}
