package org.newskg.link;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import org.apache.jena.query.Query;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;

/**
 * A remote SPARQL endpoint used politely: a descriptive User-Agent, at most one request per
 * {@code minInterval}, a timeout, and an on-disk cache of answers (so a re-run asks nothing
 * twice). Every failure (unreachable, slow, HTTP error, malformed results) is one
 * {@link EndpointException} with a message that says which.
 *
 * <pre>
 *   SparqlEndpoint wikidata = SparqlEndpoint.create(SparqlEndpoint.WIKIDATA).cache(Path.of("data/link-cache"));
 * </pre>
 */
public final class SparqlEndpoint {
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";
    public static final String USER_AGENT = "newskg/0.1 (news knowledge graph; entity linking; https://w3id.org/newskg)";

    private final String url;
    private Path cacheDir;
    private Duration minInterval = Duration.ofSeconds(1);
    private Duration timeout = Duration.ofSeconds(30);
    private String userAgent = USER_AGENT;
    private long lastRequestNanos;
    private HttpClient http;

    private SparqlEndpoint(String url) {
        this.url = url;
    }

    public static SparqlEndpoint create(String url) {
        return new SparqlEndpoint(url);
    }

    public SparqlEndpoint cache(Path dir) {
        this.cacheDir = dir;
        return this;
    }

    public SparqlEndpoint minInterval(Duration interval) {
        this.minInterval = interval;
        return this;
    }

    public SparqlEndpoint timeout(Duration t) {
        this.timeout = t;
        return this;
    }

    public SparqlEndpoint userAgent(String ua) {
        this.userAgent = ua;
        return this;
    }

    public String url() {
        return url;
    }

    /** The rows of a SELECT query, from the cache when it was asked before. */
    public RowSetRewindable select(Query query) throws EndpointException {
        String text = query.toString();
        // answers are cached per endpoint: a test server's answers are never taken for Wikidata's
        Path cached = cacheDir == null ? null : cacheDir.resolve(key(url + "\n" + text) + ".srj");
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                return parse(Files.readAllBytes(cached));
            } catch (IOException | EndpointException e) {
                // a damaged cache entry is removed and asked again
                try {
                    Files.deleteIfExists(cached);
                } catch (IOException ignored) {
                    // the fresh answer will overwrite it
                }
            }
        }
        byte[] answer = fetch(query);
        RowSetRewindable rows = parse(answer);
        if (cached != null)
            store(cached, answer);
        return rows;
    }

    private synchronized byte[] fetch(Query query) throws EndpointException {
        pace();
        if (http == null)   // one client for the run: connections are reused
            http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        try (QueryExecHTTP exec = QueryExecHTTP.service(url).httpClient(http).query(query)
                .httpHeader("User-Agent", userAgent).timeout(timeout.toMillis()).build()) {
            RowSet rows = exec.select();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetMgr.write(out, org.apache.jena.query.ResultSet.adapt(rows), ResultSetLang.RS_JSON);
            return out.toByteArray();
        } catch (RuntimeException e) {
            throw new EndpointException(url + " did not answer: " + describe(e), e);
        }
    }

    private RowSetRewindable parse(byte[] json) throws EndpointException {
        try {
            return RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON)).rewindable();
        } catch (RuntimeException e) {
            throw new EndpointException(url + " sent results that are not SPARQL JSON: " + describe(e), e);
        }
    }

    private void pace() {
        long wait = lastRequestNanos + minInterval.toNanos() - System.nanoTime();
        if (lastRequestNanos != 0 && wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lastRequestNanos = System.nanoTime();
    }

    private static void store(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".cache-", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // caching is an optimisation; the answer itself is good
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root)
            root = root.getCause();
        String msg = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (e instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP q && q.getStatusCode() > 0)
            msg = "HTTP " + q.getStatusCode() + " " + msg;
        else if (e instanceof org.apache.jena.atlas.web.HttpException h && h.getStatusCode() > 0)
            msg = "HTTP " + h.getStatusCode() + " " + msg;
        if (root != e && root.getMessage() != null && !msg.contains(root.getMessage()))
            msg += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        return msg;
    }

    private static String key(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
