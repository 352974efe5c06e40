package org.newskg.serve.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * Something else on the server's machine that a client must not reach through the server: an
 * HTTP service on a loopback port that answers every request with a secret, and counts them.
 */
final class SecretService implements AutoCloseable {
    static final String SECRET = "secret-4f1c9e-do-not-leak";

    private final HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();

    SecretService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = SECRET.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/secret.txt";
    }

    int hits() {
        return hits.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
