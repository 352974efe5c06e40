package org.newskg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A query load on a SPARQL endpoint: N clients, each sending the queries of a folder in turn for
 * a fixed time and reading every answer whole. Reports throughput, latency percentiles per query
 * and overall, and every error. Loopback only, bounded in time.
 */
public final class QueryLoad {
    private QueryLoad() {}

    /** Latencies of one query (ms), sorted. */
    public record Stats(String name, List<Double> millis) {
        double percentile(double p) {
            if (millis.isEmpty())
                return Double.NaN;
            int i = (int) Math.ceil(p / 100.0 * millis.size()) - 1;
            return millis.get(Math.max(0, Math.min(i, millis.size() - 1)));
        }
    }

    public record Report(int clients, double seconds, long requests, List<String> errors, List<Stats> stats, Stats all) {
        public String markdown() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%d clients, %.0f s: %d queries answered, %.1f queries/s, %d errors%n%n",
                    clients, seconds, requests, requests / seconds, errors.size()));
            b.append("| query | answered | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|\n");
            for (Stats s : stats)
                row(b, s);
            row(b, all);
            if (!errors.isEmpty()) {
                b.append("\nErrors (first 10):\n\n");
                errors.stream().limit(10).forEach(e -> b.append("- ").append(e).append('\n'));
            }
            return b.toString();
        }

        private static void row(StringBuilder b, Stats s) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", s.name(), s.millis().size(),
                    s.percentile(50), s.percentile(95), s.percentile(99)));
        }
    }

    public static Report run(String endpoint, List<Path> queryFiles, int clients, Duration duration) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        for (Path q : queryFiles)
            queries.put(q.getFileName().toString(), Files.readString(q));
        List<String> names = List.copyOf(queries.keySet());
        Map<String, ConcurrentLinkedQueue<Double>> latencies = new LinkedHashMap<>();
        names.forEach(n -> latencies.put(n, new ConcurrentLinkedQueue<>()));
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                for (int i = offset; System.nanoTime() < deadline; i++) {
                    String name = names.get(i % names.size());
                    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                            .header("Content-Type", "application/sparql-query")
                            .header("Accept", "application/sparql-results+json")
                            .timeout(Duration.ofSeconds(120))
                            .POST(HttpRequest.BodyPublishers.ofString(queries.get(name))).build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        double ms = (System.nanoTime() - start) / 1e6;
                        if (r.statusCode() == 200)
                            latencies.get(name).add(ms);
                        else
                            errors.add(name + ": HTTP " + r.statusCode());
                    } catch (IOException | RuntimeException e) {
                        errors.add(name + ": " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "query-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Stats> stats = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        latencies.forEach((name, q) -> {
            List<Double> sorted = new ArrayList<>(q);
            Collections.sort(sorted);
            stats.add(new Stats(name, sorted));
            all.addAll(sorted);
        });
        Collections.sort(all);
        return new Report(clients, duration.toMillis() / 1000.0, all.size(), List.copyOf(errors), stats, new Stats("all", all));
    }
}
