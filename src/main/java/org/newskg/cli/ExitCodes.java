package org.newskg.cli;

/** Exit codes of every command, so scripts can tell what happened. */
final class ExitCodes {
    private ExitCodes() {}

    static final int OK = 0;
    /** Bad input or a failed operation; the message is on stderr. */
    static final int FAILURE = 1;
    /** Wrong command-line usage (picocli's own code). */
    static final int USAGE = 2;
}
