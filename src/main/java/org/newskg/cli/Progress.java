package org.newskg.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

import org.newskg.store.LoadResult;

/**
 * Progress of a batch on stderr: articles done of total, rate and time left. On a terminal the
 * line is redrawn in place; otherwise a line is printed every few seconds and at the end.
 */
final class Progress implements Consumer<LoadResult> {
    private static final long PRINT_EVERY_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean terminal = System.console() != null;
    private final long startNanos = System.nanoTime();
    private long lastPrint = 0;
    private int done;

    private final String verb;

    Progress(PrintWriter err, int total) {
        this(err, total, "loaded");
    }

    Progress(PrintWriter err, int total, String verb) {
        this.err = err;
        this.total = total;
        this.verb = verb;
    }

    @Override
    public void accept(LoadResult result) {
        step(result.articleId(), result.outcome().name().toLowerCase());
    }

    /** A last line when the total was not known (or not reached): the count and the rate. */
    void finish() {
        if (done == total || done == 0)
            return;
        double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-9);
        err.print((terminal ? "\r" : "") + String.format("%s %d articles (%.1f/s)%n", verb, done, done / seconds));
        err.flush();
    }

    /** One more article done; {@code total} below zero means unknown (no ETA). */
    void step(String articleId, String outcome) {
        done++;
        long now = System.nanoTime();
        if (done == total || terminal || now - lastPrint > PRINT_EVERY_NANOS) {
            lastPrint = now;
            double seconds = Math.max((now - startNanos) / 1e9, 1e-9);
            double rate = done / seconds;
            String line = total < 0
                    ? String.format("%s %d articles (%.1f/s) last: %s %s", verb, done, rate, articleId, outcome)
                    : String.format("%s %d/%d articles (%.1f/s, ETA %ds) last: %s %s", verb, done, total, rate,
                                    Math.round((total - done) / Math.max(rate, 1e-9)), articleId, outcome);
            if (terminal)
                err.print("\r" + line + (done == total ? "\n" : ""));
            else
                err.println(line);
            err.flush();
        }
    }
}
