package org.newskg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.newskg.extract.ArticleExtractor;
import org.newskg.store.ArticleTarget;
import org.newskg.store.LoadResult;
import org.newskg.store.MappedArticle;

/**
 * Raw articles into a target, streaming: the {@link IngestPipeline} extracts, maps and checks on
 * all cores, and its single writer commits in batches (group commit): whenever the writer has
 * caught up it writes what it has gathered, at most {@link #batch} articles, as one
 * transaction. Batches so stay small while extraction is the bottleneck, and grow when commits
 * are. An article already stored from the same input is skipped before extraction, so a run
 * interrupted anywhere continues where its last commit ended.
 *
 * <pre>
 *   Ingest.Summary s = Ingest.create().extractor(extractor).batch(100).into(ArticleStore.open(dir))
 *       .run(paths, result -&gt; progress(result), outcome -&gt; report(outcome));
 * </pre>
 */
public final class Ingest {
    /**
     * What a run did: articles written (and of them replaced), their facts and quads, inputs
     * skipped (unchanged since loaded, not English) and refused.
     */
    public record Summary(long loaded, long replaced, long facts, long quads, long skipped, long refused) {}

    private ArticleTarget target;
    private ArticleExtractor extractor;
    private RawArticleReader reader = RawArticleReader.create();
    private int threads = Runtime.getRuntime().availableProcessors();
    private int batch = 100;
    private long maxQuads = DEFAULT_MAX_QUADS;
    private ArticleSources sources = ArticleSources.none();
    private long stillWorkingMillis;
    private Consumer<String> stillWorking = line -> { };

    /** Quads one article may map to, by default: a long article makes a few thousand. */
    public static final long DEFAULT_MAX_QUADS = 100_000;

    private Ingest() {}

    public static Ingest create() {
        return new Ingest();
    }

    /** A copy with one setting changed: an Ingest is immutable once made. */
    private Ingest with(Consumer<Ingest> change) {
        Ingest copy = new Ingest();
        copy.target = target;
        copy.extractor = extractor;
        copy.reader = reader;
        copy.threads = threads;
        copy.batch = batch;
        copy.maxQuads = maxQuads;
        copy.sources = sources;
        copy.stillWorkingMillis = stillWorkingMillis;
        copy.stillWorking = stillWorking;
        change.accept(copy);
        return copy;
    }

    /** Where the articles go. */
    public Ingest into(ArticleTarget t) {
        return with(i -> i.target = t);
    }

    public Ingest extractor(ArticleExtractor e) {
        return with(i -> i.extractor = e);
    }

    public Ingest reader(RawArticleReader r) {
        return with(i -> i.reader = r);
    }

    public Ingest threads(int n) {
        return with(i -> i.threads = n);
    }

    /** Most articles per transaction; 1 commits each article alone. */
    public Ingest batch(int n) {
        if (n < 1)
            throw new IllegalArgumentException("a batch holds at least 1 article, not " + n);
        return with(i -> i.batch = n);
    }

    /**
     * Most quads one article may map to; an article over it is refused, naming its input. One
     * megabyte of unusual text became 652,000 quads: without a bound, one input can fill the disk.
     */
    public Ingest maxQuads(long n) {
        if (n < 1)
            throw new IllegalArgumentException("an article maps to at least 1 quad; --max-quads " + n + " refuses all");
        return with(i -> i.maxQuads = n);
    }

    /**
     * A line to {@code line} whenever {@code every} passes with no article finished, naming the
     * inputs still being worked on: a long article can take minutes, and a run that prints
     * nothing for that long looks hung.
     */
    public Ingest stillWorking(java.time.Duration every, Consumer<String> line) {
        return with(i -> {
            i.stillWorkingMillis = every.toMillis();
            i.stillWorking = line;
        });
    }

    /** Where the stored articles came from: an input that would replace an article of another file is refused. */
    public Ingest sources(ArticleSources s) {
        return with(i -> i.sources = s);
    }

    /**
     * Ingests the inputs: the ontology first, then every article. Each article that reached the
     * writer goes to {@code loaded} after its commit (as unchanged, if the target held it already); each input not written (refused, not English, unchanged)
     * to {@code other}. A failure of the target stops the run with its exception; what was
     * committed before it stays.
     */
    public Summary run(List<Path> inputs, Consumer<LoadResult> loaded, Consumer<IngestPipeline.Outcome> other) {
        if (extractor == null || target == null)
            throw new IllegalStateException(extractor == null ? "no extractor given" : "no target given");
        target.loadOntology();
        long[] totals = new long[6]; // loaded, replaced, facts, quads, skipped, refused
        List<MappedArticle> pending = new ArrayList<>();
        StillWorking watch = new StillWorking(stillWorkingMillis, stillWorking);
        Runnable commit = () -> {
            if (pending.isEmpty())
                return;
            List<LoadResult> results = target.writeAll(pending);
            for (int i = 0; i < results.size(); i++) {
                LoadResult r = results.get(i);
                if (r.outcome() == LoadResult.Outcome.UNCHANGED) {
                    totals[4]++;   // stored meanwhile from the same input: nothing written
                } else {
                    totals[0]++;
                    if (r.outcome() == LoadResult.Outcome.REPLACED)
                        totals[1]++;
                    totals[2] += pending.get(i).facts().allFacts().count();
                    totals[3] += r.quads();
                    sources.record(r.articleId(), pending.get(i).facts().article().textFile());
                }
                loaded.accept(r);
                watch.finished();
            }
            pending.clear();
        };
        IngestPipeline<MappedArticle> pipeline = IngestPipeline.create(extractor).threads(threads).reader(reader)
                .skipWhen(target::isLoaded)
                // mapped and checked on the extraction threads; the writer only writes
                .then(facts -> {
                    sources.check(facts.article().id(), facts.article().textFile());
                    return withinBound(target.map(facts).requireConforming());
                })
                .whenIdle(commit);
        try (watch) {
            watch.start(pipeline::working);
            pipeline.run(inputs, mapped -> {
                pending.add(mapped);
                if (pending.size() >= batch)
                    commit.run();
            }, outcome -> {
                totals[outcome.kind() == IngestPipeline.Outcome.Kind.REFUSED ? 5 : 4]++;
                other.accept(outcome);
                watch.finished();
            });
        }
        return new Summary(totals[0], totals[1], totals[2], totals[3], totals[4], totals[5]);
    }

    /** The article, if it maps to at most {@link #maxQuads} quads; refused (the pipeline names its input) otherwise. */
    private MappedArticle withinBound(MappedArticle mapped) {
        long quads = Iter.count(mapped.quads().find());
        if (quads > maxQuads)
            throw new IllegalArgumentException("article " + mapped.id() + " maps to " + quads + " quads, over the limit of "
                                               + maxQuads + " per article (--max-quads); refused");
        return mapped;
    }
}
