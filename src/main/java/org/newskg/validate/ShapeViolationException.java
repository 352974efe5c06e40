package org.newskg.validate;

/** Data that breaks the shapes, refused before it was written. */
public class ShapeViolationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Violations violations;

    public ShapeViolationException(String what, Violations violations) {
        super(what + " breaks the newskg shapes (ontology/shapes.ttl):\n" + violations);
        this.violations = violations;
    }

    public Violations violations() {
        return violations;
    }
}
