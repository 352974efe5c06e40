package org.newskg.extract;

/** Where a rule matched in a sentence: tokens {@code from} to {@code to}, exclusive. */
public record RuleMatch(Rule rule, int from, int to) {}
