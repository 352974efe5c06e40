package org.newskg.link;

/** A mapping file that cannot be imported, with the line and column of the problem. */
public class SssomException extends Exception {
    private static final long serialVersionUID = 1L;

    public SssomException(String message) {
        super(message);
    }
}
