package org.newskg.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newskg.facts.ArticleFacts;
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

    /** Two files of one batch claiming the same article id would overwrite each other. */
    static void checkDistinctIds(List<ArticleFacts> read, List<Path> files) throws BatchException {
        Map<String, Path> seen = new HashMap<>();
        for (int i = 0; i < read.size(); i++) {
            String id = read.get(i).article().id();
            Path before = seen.putIfAbsent(id, files.get(i));
            if (before != null)
                throw new BatchException(List.of(new FactsException(files.get(i).toString(), "$.article.id",
                        "article id '" + id + "' is already used by " + before)));
        }
    }
}
