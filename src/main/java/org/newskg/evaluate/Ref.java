package org.newskg.evaluate;

import java.util.List;

/**
 * An entity as the scorer compares it, on either side.
 *
 * @param id      the gold label, or the predicted entity's id
 * @param type    in the gold vocabulary (Leader, State, Organization, Place, Group), or null for
 *                a predicted entity of a type the gold does not list (a state group, a news agency)
 * @param label   the gold label or the predicted name, for reports
 * @param keys    the {@link Labels#normalize normalized} label and, for a predicted entity, aliases
 * @param qid     the QID the entity carries, or null
 * @param keyQid  the QID it is compared by: the one it carries, else the gazetteer's for its
 *                label (or, predicted, for its name or first alias that has one), else null
 */
public record Ref(String id, String type, String label, List<String> keys, String qid, String keyQid) {
    public Ref {
        keys = List.copyOf(keys);
    }

    @Override
    public String toString() {
        return label;
    }
}
