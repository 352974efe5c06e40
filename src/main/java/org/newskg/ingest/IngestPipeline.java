package org.newskg.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.BiPredicate;

import org.newskg.extract.ArticleExtractor;
import org.newskg.facts.ArticleFacts;

/**
 * Articles from files through extraction to a sink, streaming: one thread reads, a pool
 * extracts (extraction is the costly stage and parallel) and runs any further per-article
 * stage ({@link #then}: mapping and the shape check, say), and the sink receives the results
 * on one thread, in input order, as a store with a single writer needs. A bounded queue keeps
 * memory flat however large the input.
 *
 * <pre>
 *   IngestPipeline.create(extractor).threads(2).skipWhen(store::isLoaded)
 *       .then(facts -&gt; store.map(facts).requireConforming())
 *       .run(paths, mapped -&gt; store.write(mapped), problem -&gt; report(problem));
 * </pre>
 *
 * @param <T> what the sink receives: the facts, or what {@link #then} made of them
 */
public final class IngestPipeline<T> {
    /** An input that was not turned into facts: refused (with why) or skipped (not English, already loaded). */
    public record Outcome(String source, String articleId, Kind kind, String message) {
        public enum Kind { REFUSED, NOT_ENGLISH, UNCHANGED }
    }

    private static final Object END = new Object();

    private final ArticleExtractor extractor;
    private final RawArticleReader reader;
    private final int threads;
    private final BiPredicate<String, String> unchanged;
    private final Function<ArticleFacts, T> stage;
    private final Runnable idle;
    private final java.util.Set<String> working = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private IngestPipeline(ArticleExtractor extractor, RawArticleReader reader, int threads, BiPredicate<String, String> unchanged,
                           Function<ArticleFacts, T> stage, Runnable idle) {
        this.extractor = extractor;
        this.reader = reader;
        this.threads = threads;
        this.unchanged = unchanged;
        this.stage = stage;
        this.idle = idle;
    }

    public static IngestPipeline<ArticleFacts> create(ArticleExtractor extractor) {
        return new IngestPipeline<>(extractor, RawArticleReader.create(), Runtime.getRuntime().availableProcessors(), (id, hash) -> false,
                                    Function.identity(), () -> { });
    }

    public IngestPipeline<T> reader(RawArticleReader r) {
        return new IngestPipeline<>(extractor, r, threads, unchanged, stage, idle);
    }

    public IngestPipeline<T> threads(int n) {
        if (n < 1)
            throw new IllegalArgumentException("threads must be at least 1, not " + n);
        return new IngestPipeline<>(extractor, reader, n, unchanged, stage, idle);
    }

    /**
     * Articles for which this says true, given their id and content hash, are skipped before
     * extraction: what the target already holds from the same input.
     */
    public IngestPipeline<T> skipWhen(BiPredicate<String, String> alreadyLoaded) {
        return new IngestPipeline<>(extractor, reader, threads, alreadyLoaded, stage, idle);
    }

    /**
     * A further stage run on the extraction threads, after extraction: costly work that is
     * independent per article (mapping, the shape check) and so belongs off the single sink
     * thread. An article whose stage throws (a shape violation, say) is refused with the
     * exception's message, as a failed extraction is.
     */
    public <R> IngestPipeline<R> then(Function<? super T, ? extends R> next) {
        return new IngestPipeline<R>(extractor, reader, threads, unchanged, stage.andThen(next), idle);
    }

    /**
     * Run on the sink thread whenever the sink has caught up (the next article is not ready
     * yet) and once at the end: where a sink that gathers articles writes what it has. Batches
     * so grow when the writer falls behind and shrink when it keeps up: group commit, with no
     * timer and no article kept waiting while the writer is idle.
     */
    public IngestPipeline<T> whenIdle(Runnable flush) {
        return new IngestPipeline<>(extractor, reader, threads, unchanged, stage, flush);
    }

    /** Runs the pipeline to the end of the input; every input ends in {@code sink} or in {@code other}. */
    public void run(List<Path> inputs, Consumer<? super T> sink, Consumer<Outcome> other) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-extract");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(Math.max(16, threads * 8));
        // the first failure of the sink or of a stage outside the article's own checks (the store
        // failing, say): recorded, and from then on the sink thread only drains the queue, so that
        // the reader never blocks, and nothing more is extracted or written
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> drain(queue, sink, other, idle, failure), "newskg-sink");
        writer.setDaemon(true);
        writer.start();
        try {
            reader.readEach(inputs, raw -> {
                if (failure.get() == null)
                    put(queue, submit(pool, raw));
            }, bad -> {
                if (failure.get() == null)
                    put(queue, new Outcome(bad.source(), null, Outcome.Kind.REFUSED, bad.getMessage()));
            });
        } finally {
            put(queue, END);
            // the writer is waited for even if this thread is interrupted: returning while it still
            // writes would let the caller finish a load (or read the totals) under its feet
            boolean interrupted = false;
            while (writer.isAlive()) {
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted)
                Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re)
            throw re;
        if (t instanceof Error e)
            throw e;
        if (t != null)
            throw new IllegalStateException(t);
    }

    /** A stage failed in a way that is not the article's fault. */
    private record Failed(Throwable cause) {}

    /** An article through every stage, for the sink. */
    private record Done<T>(T value) {}

    /** The inputs being extracted or mapped right now, for a progress line during a long article. */
    public List<String> working() {
        return List.copyOf(working);
    }

    private CompletableFuture<Object> submit(ExecutorService pool, RawArticle raw) {
        return CompletableFuture.supplyAsync(() -> {
            working.add(raw.source());
            try {
                return process(raw);
            } finally {
                working.remove(raw.source());
            }
        }, pool);
    }

    private Object process(RawArticle raw) {
        String hash;
        try {
            if (raw.language() != null && !raw.language().equals("en") && !raw.language().startsWith("en-"))
                return new Outcome(raw.source(), raw.id(), Outcome.Kind.NOT_ENGLISH,
                                   raw.source() + ": not English (detected language: " + raw.language() + "); skipped");
            hash = ExtractedArticles.contentHash(extractor, raw);
            if (unchanged.test(raw.id(), hash))
                return new Outcome(raw.source(), raw.id(), Outcome.Kind.UNCHANGED, "unchanged since it was loaded; skipped");
        } catch (Throwable t) {
            return new Failed(t);
        }
        ArticleFacts facts;
        try {
            facts = ExtractedArticles.extract(extractor, raw, hash);
        } catch (RuntimeException e) {
            return new Outcome(raw.source(), raw.id(), Outcome.Kind.REFUSED, raw.source() + ": extraction failed: " + e);
        } catch (Throwable t) {
            return new Failed(t);
        }
        try {
            return new Done<>(stage.apply(facts));
        } catch (RuntimeException e) {
            return new Outcome(raw.source(), raw.id(), Outcome.Kind.REFUSED, raw.source() + ": " + e.getMessage());
        } catch (Throwable t) {
            return new Failed(t);
        }
    }

    @SuppressWarnings("unchecked") // a Done holds the T of the pipeline that made it
    private static <T> void drain(BlockingQueue<Object> queue, Consumer<? super T> sink, Consumer<Outcome> other,
                                  Runnable idle, AtomicReference<Throwable> failure) {
        while (true) {
            if (failure.get() == null && !ready(queue.peek()))
                run(idle, failure);
            Object next = take(queue);
            if (next == END)
                return;
            if (failure.get() != null)
                continue;
            try {
                Object value = next instanceof CompletableFuture<?> f ? f.get() : next;
                if (value instanceof Failed failed)
                    failure.compareAndSet(null, failed.cause());
                else if (value instanceof Done<?> done)
                    sink.accept((T) done.value());
                else
                    other.accept((Outcome) value);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, e);
            } catch (ExecutionException e) {
                failure.compareAndSet(null, e.getCause());
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        }
    }

    /** Whether the sink can take this head of the queue without waiting; the end counts as not ready, so the idle hook runs before it. */
    private static boolean ready(Object head) {
        return head != null && head != END && (!(head instanceof CompletableFuture<?> f) || f.isDone());
    }

    private static void run(Runnable idle, AtomicReference<Throwable> failure) {
        try {
            idle.run();
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
        }
    }

    private static void put(BlockingQueue<Object> q, Object o) {
        try {
            q.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Object take(BlockingQueue<Object> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return END;
        }
    }
}
