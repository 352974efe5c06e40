package org.newskg.serve;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * At most {@code newskg:maxConcurrentQueries} requests to the dataset run at once for clients
 * that have not logged in; up to {@code newskg:queryQueue} more wait, each at most
 * {@code newskg:queueWaitMillis}; the rest get 503 with Retry-After at once.
 * <p>
 * Without it, every Jetty worker thread could be running a heavy query, and {@code /$/ping},
 * the UI and the administrator's writes waited behind them (25 heavy queries delayed ping by
 * 7 s). Running and waiting requests together hold a bounded number of threads, so the others
 * always find one.
 */
final class QueryAdmission extends AnonymousLimit {
    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int queue;
    private final long waitMillis;

    QueryAdmission(int maxRunning, int queue, long waitMillis) {
        this.running = new Semaphore(Math.max(1, maxRunning), true);
        this.queue = queue;
        this.waitMillis = waitMillis;
    }

    /** A CORS preflight runs no query. */
    @Override
    protected boolean appliesTo(HttpServletRequest request) {
        return !"OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void limit(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!admit()) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, waitMillis / 1000)));
            Refusal.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                         "The server is busy with other queries; try again in a few seconds");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }

    private boolean admit() {
        if (running.tryAcquire())
            return true;
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return running.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }
}
