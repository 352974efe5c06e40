package org.newskg.link;

/** The Wikidata endpoint could not answer: unreachable, too slow, an HTTP error, or a malformed reply. */
public class EndpointException extends Exception {
    private static final long serialVersionUID = 1L;

    public EndpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
