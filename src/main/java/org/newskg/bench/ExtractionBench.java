package org.newskg.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.NlpModels;
import org.newskg.facts.Article;

/**
 * Extraction speed beside its baseline on the same texts, in the same run: OpenNLP's tokenizer
 * alone (the least any extractor built on it must do) against the whole extractor. Both run on
 * the same number of threads, after a warm-up pass, so the ratio says what the rules and
 * tagging cost on top of tokenizing.
 */
public final class ExtractionBench {
    /** One measured pass: articles, bytes and tokens done in so many seconds. */
    public record Pass(String name, long articles, long chars, long tokens, double seconds) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }

        public double megabytesPerSecond() {
            return chars / seconds / 1e6;
        }
    }

    public record Result(Pass baseline, Pass extraction, int threads, long chars, double averageArticleChars) {
        /** Extraction speed as a share of the tokenizer's. */
        public double ratio() {
            return extraction.articlesPerSecond() / baseline.articlesPerSecond();
        }

        /** Articles of the seed's size ({@code seedChars}) extracted per second. */
        public double seedSizedPerSecond(int seedChars) {
            return extraction.chars() / extraction.seconds() / seedChars;
        }

        public String markdown(int seedChars) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%d articles, %.1f MB of text (%.0f characters per article on average), %d thread(s)%n%n",
                                   extraction.articles(), chars / 1e6, averageArticleChars, threads));
            b.append("| pass | articles/s | tokens/s | MB/s | ratio to baseline |\n|---|---:|---:|---:|---:|\n");
            for (Pass p : List.of(baseline, extraction))
                b.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f | %.2f | %.3f |%n", p.name(), p.articlesPerSecond(),
                                       p.tokensPerSecond(), p.megabytesPerSecond(), p.articlesPerSecond() / baseline.articlesPerSecond()));
            b.append(String.format(Locale.ROOT, "%nextraction: %.1f seed-sized articles/s (the seed article is %d characters)%n",
                                   seedSizedPerSecond(seedChars), seedChars));
            return b.toString();
        }
    }

    private final ArticleExtractor extractor;
    private final int threads;

    public ExtractionBench(ArticleExtractor extractor, int threads) {
        this.extractor = extractor;
        this.threads = threads;
    }

    public Result run(List<String> texts) throws InterruptedException {
        long chars = texts.stream().mapToLong(String::length).sum();
        var tokenizer = NlpModels.english().tokenizer();
        ToLongFunction<String> tokenize = t -> tokenizer.tokenize(t).length;
        ToLongFunction<String> extract = t -> {
            extractor.extract(new Article("bench", null, null, null, "en", null, null, null, null, t));
            return 0;
        };
        // warm-up: the JIT compiles both paths before anything is timed
        pass("warm-up", texts.subList(0, Math.min(texts.size(), 500)), tokenize);
        pass("warm-up", texts.subList(0, Math.min(texts.size(), 500)), extract);
        Pass baseline = pass("OpenNLP tokenizer alone (baseline)", texts, tokenize);
        Pass extraction = pass("newskg extract", texts, extract);
        return new Result(baseline, new Pass(extraction.name(), extraction.articles(), extraction.chars(), baseline.tokens(),
                                             extraction.seconds()), threads, chars, (double) chars / texts.size());
    }

    private Pass pass(String name, List<String> texts, ToLongFunction<String> work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong tokens = new AtomicLong();
        long start = System.nanoTime();
        try {
            int per = (texts.size() + threads - 1) / threads;
            List<Future<?>> parts = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<String> slice = texts.subList(Math.min(texts.size(), t * per), Math.min(texts.size(), (t + 1) * per));
                parts.add(pool.submit(() -> slice.forEach(s -> tokens.addAndGet(work.applyAsLong(s)))));
            }
            for (Future<?> f : parts)
                f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Pass(name, texts.size(), texts.stream().mapToLong(String::length).sum(), tokens.get(), seconds);
    }
}
