package org.newskg.bench;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.newskg.facts.ArticleFacts;
import org.newskg.map.FactsMapper;
import org.newskg.map.IriScheme;
import org.newskg.synth.ArticleGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The mapper's speed against its limit: Jena's {@code StreamRDFWriter} writing N-Quads. Both
 * benchmarks write the same quads of the same 1,000 synthetic articles to a sink that
 * discards the bytes; the baseline replays quads mapped beforehand, the other maps the facts
 * as it goes. The ratio of their scores is the share of the limit the mapper reaches.
 *
 * <pre>
 *   mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *       -Dexec.args="-cp %classpath org.newskg.bench.MapperBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MapperBenchmark {
    static final int ARTICLES = 1000;

    private final FactsMapper mapper = new FactsMapper(IriScheme.standard());
    private List<ArticleFacts> articles;
    private List<Quad> quads;

    @Setup
    public void setup() {
        ArticleGenerator g = new ArticleGenerator(7);
        articles = new ArrayList<>();
        for (int n = 0; n < ARTICLES; n++)
            articles.add(g.article(n));
        quads = new ArrayList<>();
        StreamRDF collect = new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        };
        for (ArticleFacts a : articles)
            mapper.map(a, collect);
    }

    private static StreamRDF nquadsToNowhere() {
        return StreamRDFWriter.getWriterStream(OutputStream.nullOutputStream(), RDFFormat.NQUADS_UTF8);
    }

    /** The limit: the same quads written by Jena's streaming N-Quads writer. */
    @Benchmark
    public void writerAlone() {
        StreamRDF out = nquadsToNowhere();
        out.start();
        for (Quad q : quads)
            out.quad(q);
        out.finish();
    }

    /** The mapper: facts to quads to the same writer. */
    @Benchmark
    public void mapperToNQuads() {
        StreamRDF out = nquadsToNowhere();
        out.start();
        for (ArticleFacts a : articles)
            mapper.map(a, out);
        out.finish();
    }

    public static void main(String[] args) throws Exception {
        var results = new Runner(new OptionsBuilder().include(MapperBenchmark.class.getSimpleName()).build()).run();
        double writer = 0, mapper = 0;
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            double score = r.getPrimaryResult().getScore();
            if (name.endsWith("writerAlone"))
                writer = score;
            else if (name.endsWith("mapperToNQuads"))
                mapper = score;
        }
        MapperBenchmark b = new MapperBenchmark();
        b.setup();
        int n = b.quads.size();
        System.out.printf(Locale.ROOT, "%n%d articles, %d quads per operation%n", ARTICLES, n);
        System.out.printf(Locale.ROOT, "| benchmark | ops/s | quads/s | ratio to the writer |%n|---|---:|---:|---:|%n");
        System.out.printf(Locale.ROOT, "| StreamRDFWriter alone (the limit) | %.2f | %.0f | 1.000 |%n", writer, writer * n);
        System.out.printf(Locale.ROOT, "| FactsMapper to N-Quads | %.2f | %.0f | %.3f |%n", mapper, mapper * n, mapper / writer);
    }
}
