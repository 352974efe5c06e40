package org.newskg.facts;

/**
 * Offsets into an article's text in Unicode code points, the unit of the facts format and of
 * NIF, so that a Python user slicing {@code text[start:end]} gets the same characters.
 * Java strings index UTF-16 units; this class converts between the two.
 */
public final class TextOffsets {
    private final String text;
    private final int length;
    private final boolean bmpOnly;

    public TextOffsets(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
        this.bmpOnly = length == text.length();
    }

    public String text() {
        return text;
    }

    /** Length of the text in code points. */
    public int length() {
        return length;
    }

    /** True when {@code 0 <= start < end <= length()}. */
    public boolean inBounds(int start, int end) {
        return start >= 0 && start < end && end <= length;
    }

    /** The text between two code-point offsets. */
    public String substring(int start, int end) {
        return text.substring(toChar(start), toChar(end));
    }

    /** UTF-16 index of a code-point offset. */
    public int toChar(int codePointOffset) {
        return bmpOnly ? codePointOffset : text.offsetByCodePoints(0, codePointOffset);
    }

    /** Code-point offset of a UTF-16 index. */
    public int toCodePoint(int charIndex) {
        return bmpOnly ? charIndex : text.codePointCount(0, charIndex);
    }
}
