package org.newskg.facts;

import java.util.List;
import java.util.stream.Collectors;

/** A facts file that cannot be used, with every problem found in it. */
public class FactsException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final List<Problem> problems;

    public FactsException(String file, List<Problem> problems) {
        super(format(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public FactsException(String file, String jsonPath, String message) {
        this(file, List.of(new Problem(jsonPath, message)));
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(String file, List<Problem> problems) {
        return problems.stream().map(p -> file + ": " + p).collect(Collectors.joining("\n"));
    }
}
