package org.newskg.validate;

import java.util.List;

/** The SHACL violations found in some data, one readable line each: focus node, path, message. */
public record Violations(List<String> lines) {
    public boolean conforms() {
        return lines.isEmpty();
    }

    @Override
    public String toString() {
        return conforms() ? "conforms" : String.join("\n", lines);
    }
}
