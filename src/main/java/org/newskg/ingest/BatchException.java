package org.newskg.ingest;

import java.util.List;
import java.util.stream.Collectors;

import org.newskg.facts.FactsException;

/** One or more facts files of a batch could not be used; nothing of the batch was loaded. */
public class BatchException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<FactsException> failures;

    public BatchException(List<FactsException> failures) {
        super(failures.stream().map(Throwable::getMessage).collect(Collectors.joining("\n")));
        this.failures = List.copyOf(failures);
    }

    public List<FactsException> failures() {
        return failures;
    }
}
