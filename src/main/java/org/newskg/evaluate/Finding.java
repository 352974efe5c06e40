package org.newskg.evaluate;

/**
 * A gold item that was not found (a miss) or a predicted item that is not in the gold (a false
 * hit), printed readably: {@code event Meeting [Xi Jinping, Vladimir Putin] @ Moscow — "…"}.
 *
 * @param note what came closest, such as "predicted as Visit", or null
 */
public record Finding(Kind kind, String text, String note) {
    @Override
    public String toString() {
        return note == null ? text : text + " (" + note + ")";
    }
}
