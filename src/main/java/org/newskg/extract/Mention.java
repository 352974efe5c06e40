package org.newskg.extract;

/**
 * An entity named in a sentence, tokens {@code from..to} (exclusive). {@code attributive}
 * marks a name used only as a modifier of a title ("Chinese" in "Chinese President Xi"):
 * such a state is the office's state, not an actor of the sentence. {@code asPlace} marks
 * a city named as the place of something ("in Moscow"), not for its government.
 */
record Mention(Ent entity, int from, int to, boolean attributive, boolean asPlace) {}
