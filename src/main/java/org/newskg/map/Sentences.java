package org.newskg.map;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newskg.facts.TextOffsets;

/**
 * The sentences of an article's text, as code-point ranges, so every evidence span can point
 * to the whole sentence it comes from. Lines are split first (headlines and list items carry
 * no full stop), then the JDK's sentence rules apply within each line; surrounding blanks are
 * trimmed.
 */
final class Sentences {
    private final TextOffsets text;
    private final List<int[]> ranges = new ArrayList<>();

    Sentences(TextOffsets text, Locale locale) {
        this.text = text;
        String s = text.text();
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        int lineStart = 0;
        while (lineStart <= s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = s.length();
            String line = s.substring(lineStart, lineEnd);
            it.setText(line);
            for (int b = it.first(), e = it.next(); e != BreakIterator.DONE; b = e, e = it.next())
                add(lineStart + b, lineStart + e);
            lineStart = lineEnd + 1;
        }
    }

    private void add(int charStart, int charEnd) {
        String s = text.text();
        while (charStart < charEnd && Character.isWhitespace(s.charAt(charStart)))
            charStart++;
        while (charEnd > charStart && Character.isWhitespace(s.charAt(charEnd - 1)))
            charEnd--;
        if (charStart < charEnd)
            ranges.add(new int[] { text.toCodePoint(charStart), text.toCodePoint(charEnd) });
    }

    /** The sentences that overlap {@code [start, end)}, in text order. */
    List<int[]> overlapping(int start, int end) {
        List<int[]> out = new ArrayList<>();
        for (int[] r : ranges)
            if (r[0] < end && start < r[1])
                out.add(r);
        return out;
    }
}
