package org.newskg.ingest;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A line now and then while no article finishes, naming what is being worked on and for how
 * long: "still working on big.txt (40 s since the last article finished)". Off when its period
 * is zero.
 */
final class StillWorking implements AutoCloseable {
    private final long everyMillis;
    private final Consumer<String> line;
    private volatile long lastFinished = System.nanoTime();
    private ScheduledExecutorService timer;

    StillWorking(long everyMillis, Consumer<String> line) {
        this.everyMillis = everyMillis;
        this.line = line;
    }

    void start(Supplier<List<String>> working) {
        if (everyMillis <= 0)
            return;
        lastFinished = System.nanoTime();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newskg-still-working");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            long quietMillis = (System.nanoTime() - lastFinished) / 1_000_000;
            List<String> inputs = working.get();
            if (quietMillis >= everyMillis && !inputs.isEmpty())
                line.accept("still working on " + String.join(", ", inputs.subList(0, Math.min(3, inputs.size())))
                            + (inputs.size() > 3 ? " and " + (inputs.size() - 3) + " more" : "")
                            + " (" + quietMillis / 1000 + " s since the last article finished)");
        }, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    /** An article finished: the quiet time starts again. */
    void finished() {
        lastFinished = System.nanoTime();
    }

    @Override
    public void close() {
        if (timer != null)
            timer.shutdownNow();
    }
}
