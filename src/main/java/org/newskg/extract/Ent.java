package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An entity as the extractor builds it up over an article: one per state, organization,
 * person, group or place, whatever the names it goes by. {@code state} is, for a person,
 * the state of the office the text gives them.
 */
final class Ent {
    final String id;
    final String type;
    final String name;
    final String qid;
    final Set<String> aliases = new LinkedHashSet<>();
    /** UTF-16 offsets of each mention: start, end. */
    final List<int[]> mentions = new ArrayList<>();
    /** The mentions' offsets as start &lt;&lt; 32 | end, to add each once in constant time. */
    private final java.util.Set<Long> mentioned = new java.util.HashSet<>();
    Ent state;
    /** Mentioned as an actor or place of a fact, or as a state in its own right (not only as an adjective). */
    boolean listed;

    Ent(String id, String type, String name, String qid) {
        this.id = id;
        this.type = type;
        this.name = name;
        this.qid = qid;
    }

    boolean isPerson() {
        return type.equals("Person");
    }

    boolean isActor() {
        return !type.equals("Place");
    }

    /** The state this actor stands for, for comparing actors: itself for a state, the state of a person's office. */
    Ent asState() {
        return isPerson() && state != null ? state : this;
    }

    void mention(int start, int end, String surface) {
        if (!mentioned.add(((long) start << 32) | end))
            return;
        mentions.add(new int[] { start, end });
        if (!surface.equals(name))
            aliases.add(surface);
    }

    @Override
    public String toString() {
        return name;
    }
}
