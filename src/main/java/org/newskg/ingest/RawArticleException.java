package org.newskg.ingest;

/**
 * An article input that cannot be used: the message is one line naming the source (a file, or
 * {@code file.jsonl:LINE}), the field where one applies, and what is wrong.
 */
public class RawArticleException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String field;
    private final String reason;

    public RawArticleException(String source, String reason) {
        this(source, null, reason);
    }

    /** @param field the input field at fault (such as {@code date}), or null */
    public RawArticleException(String source, String field, String reason) {
        super(source + ": " + (field == null ? "" : "\"" + field + "\": ") + reason);
        this.source = source;
        this.field = field;
        this.reason = reason;
    }

    /** The file, or {@code file.jsonl:LINE}, that was refused. */
    public String source() {
        return source;
    }

    /** The field at fault, or null when the problem is not about one field. */
    public String field() {
        return field;
    }

    /** What is wrong, without the source and field. */
    public String reason() {
        return reason;
    }
}
