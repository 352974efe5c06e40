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
 * extracts (extraction is the costly stage and parallel), and the sink receives the facts on
 * one thread, in input order, as a store with a single writer needs. A bounded queue keeps
 * memory flat however large the input.
 *
 * <pre>
 *   IngestPipeline.create(extractor).threads(2).skip(store::isLoaded)
 *       .run(paths, facts -&gt; store.load(facts), problem -&gt; report(problem));
 * </pre>
 */
public final class IngestPipeline {
    /** An input that was not turned into facts: refused (with why) or skipped (not English, already loaded). */
    public record Outcome(String source, String articleId, Kind kind, String message) {
        public enum Kind { REFUSED, NOT_ENGLISH, UNCHANGED }
    }

    private static final Object END = new Object();

    private final ArticleExtractor extractor;
    private final RawArticleReader reader;
    private final int threads;
    private final BiPredicate<String, String> unchanged;
    private final Function<ArticleFacts, String> check;

    private IngestPipeline(ArticleExtractor extractor, RawArticleReader reader, int threads, BiPredicate<String, String> unchanged,
                           Function<ArticleFacts, String> check) {
        this.extractor = extractor;
        this.reader = reader;
        this.threads = threads;
        this.unchanged = unchanged;
        this.check = check;
    }

    public static IngestPipeline create(ArticleExtractor extractor) {
        return new IngestPipeline(extractor, RawArticleReader.create(), Runtime.getRuntime().availableProcessors(), (id, hash) -> false, f -> null);
    }

    public IngestPipeline reader(RawArticleReader r) {
        return new IngestPipeline(extractor, r, threads, unchanged, check);
    }

    public IngestPipeline threads(int n) {
        if (n < 1)
            throw new IllegalArgumentException("threads must be at least 1, not " + n);
        return new IngestPipeline(extractor, reader, n, unchanged, check);
    }

    /**
     * Articles for which this says true, given their id and content hash, are skipped before
     * extraction: what the target already holds from the same input.
     */
    public IngestPipeline skipWhen(BiPredicate<String, String> alreadyLoaded) {
        return new IngestPipeline(extractor, reader, threads, alreadyLoaded, check);
    }

    /**
     * A check run on the extraction threads (the shapes, typically: costly, and independent
     * per article): facts for which it gives a message are refused with it instead of reaching
     * the sink; null means they pass.
     */
    public IngestPipeline check(Function<ArticleFacts, String> problems) {
        return new IngestPipeline(extractor, reader, threads, unchanged, problems);
    }

    /** Runs the pipeline to the end of the input; every input ends in {@code sink} or in {@code other}. */
    public void run(List<Path> inputs, Consumer<ArticleFacts> sink, Consumer<Outcome> other) {
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
        Thread writer = new Thread(() -> drain(queue, sink, other, failure), "newskg-sink");
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
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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

    private CompletableFuture<Object> submit(ExecutorService pool, RawArticle raw) {
        return CompletableFuture.supplyAsync(() -> {
            String hash;
            try {
                if (raw.language() != null && !raw.language().equals("en") && !raw.language().startsWith("en-"))
                    return new Outcome(raw.source(), raw.id(), Outcome.Kind.NOT_ENGLISH,
                                       "not English (detected language: " + raw.language() + "); skipped");
                hash = ExtractedArticles.contentHash(extractor, raw);
                if (unchanged.test(raw.id(), hash))
                    return new Outcome(raw.source(), raw.id(), Outcome.Kind.UNCHANGED, "unchanged since it was loaded; skipped");
            } catch (Throwable t) {
                return new Failed(t);
            }
            try {
                ArticleFacts facts = ExtractedArticles.extract(extractor, raw, hash);
                String problems = check.apply(facts);
                return problems == null ? facts : new Outcome(raw.source(), raw.id(), Outcome.Kind.REFUSED, raw.source() + ": " + problems);
            } catch (RuntimeException e) {
                return new Outcome(raw.source(), raw.id(), Outcome.Kind.REFUSED, raw.source() + ": extraction failed: " + e);
            } catch (Throwable t) {
                return new Failed(t);
            }
        }, pool);
    }

    private static void drain(BlockingQueue<Object> queue, Consumer<ArticleFacts> sink, Consumer<Outcome> other,
                              AtomicReference<Throwable> failure) {
        while (true) {
            Object next = take(queue);
            if (next == END)
                return;
            if (failure.get() != null)
                continue;
            try {
                Object value = next instanceof CompletableFuture<?> f ? f.get() : next;
                if (value instanceof Failed failed)
                    failure.compareAndSet(null, failed.cause());
                else if (value instanceof ArticleFacts facts)
                    sink.accept(facts);
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
