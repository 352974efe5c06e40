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

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    @Override
    public void accept(LoadResult result) {
        done++;
        long now = System.nanoTime();
        if (done == total || terminal || now - lastPrint > PRINT_EVERY_NANOS) {
            lastPrint = now;
            double seconds = Math.max((now - startNanos) / 1e9, 1e-9);
            double rate = done / seconds;
            long eta = Math.round((total - done) / Math.max(rate, 1e-9));
            String line = String.format("loaded %d/%d articles (%.1f/s, ETA %ds) last: %s %s",
                                        done, total, rate, eta, result.articleId(), result.outcome().name().toLowerCase());
            if (terminal)
                err.print("\r" + line + (done == total ? "\n" : ""));
            else
                err.println(line);
            err.flush();
        }
    }
}
