package org.newskg.facts;

/**
 * A stretch of an article's text: {@code start} and {@code end} count Unicode code points
 * from the start of the text (end exclusive), and {@code text} is exactly what lies between.
 */
public record Span(int start, int end, String text) {}
