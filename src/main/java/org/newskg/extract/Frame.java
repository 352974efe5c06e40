package org.newskg.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a trigger word's grammatical slots mean: a typed row of a frame table. The columns after
 * the pattern are {@code form}, the role of the {@code subject}, the role of the
 * {@code object}, the roles of prepositional phrases as {@code preposition=role} separated by
 * spaces ({@code of=act on=accused}; {@code clause} names the subject of a "that" clause), and
 * the confidence. {@code -} leaves a slot without a role.
 *
 * <p>"Accused" as a frame: subject accuser, object accused, {@code of=act}. A passive verb
 * ("was accused by X of") swaps the subject's role to the object's, and "by" takes the
 * subject's: that is grammar, not a row of its own.
 */
record Frame(String form, String subject, String object, Map<String, String> prepositions, double confidence) {
    static final Set<String> FORMS = Set.of("verb", "noun", "predicate", "said-violated");
    static final Set<String> ROLES = Set.of("accuser", "accused", "act", "party", "-");

    /** The frame of a rule, checked: a wrong form or role names the table and line. */
    static Frame of(Rule r) {
        String form = r.column(0, "verb");
        String subject = r.column(1, "-"), object = r.column(2, "-");
        Map<String, String> preps = new LinkedHashMap<>();
        for (String slot : r.column(3, "-").split("\\s+")) {
            if (slot.equals("-") || slot.isEmpty())
                continue;
            int eq = slot.indexOf('=');
            if (eq <= 0)
                throw bad(r, "'" + slot + "' is not preposition=role");
            preps.put(slot.substring(0, eq), role(r, slot.substring(eq + 1)));
        }
        if (!FORMS.contains(form))
            throw bad(r, "form '" + form + "' is not one of " + FORMS);
        return new Frame(form, role(r, subject), role(r, object), Map.copyOf(preps), r.confidence(4, 0.6));
    }

    private static String role(Rule r, String role) {
        if (!ROLES.contains(role))
            throw bad(r, "role '" + role + "' is not one of " + ROLES);
        return role;
    }

    private static IllegalArgumentException bad(Rule r, String why) {
        return new IllegalArgumentException(r.table() + ":" + r.line() + ": " + why);
    }

    /** The preposition that carries {@code role}, or null. */
    String prepositionFor(String role) {
        for (Map.Entry<String, String> e : prepositions.entrySet())
            if (e.getValue().equals(role) && !e.getKey().equals("clause"))
                return e.getKey();
        return null;
    }
}
