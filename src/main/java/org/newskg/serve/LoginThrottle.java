package org.newskg.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins slow their client down and are logged. A client (by address) whose login
 * failed waits {@code newskg:loginFailureDelayMillis} per failure of the last minute before its
 * next login is looked at; after {@value #MAX_FAILURES} failures in a minute it is told to come
 * back later (429 with Retry-After) without its password being tried at all.
 * <p>
 * Without it, 300 wrong passwords a second were answered with no slowdown and no log line. The
 * delay is capped, and the refusal after it holds no thread for long, so a client that keeps
 * guessing cannot tie up the server either. It wraps all of Jetty's handling, because Jetty's
 * security handler answers a wrong password itself, before any servlet filter.
 */
final class LoginThrottle extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    static final int MAX_FAILURES = 10;
    private static final long WINDOW_MILLIS = 60_000;
    private static final long MAX_DELAY_MILLIS = 3_000;
    /** Clients remembered at most: guessing from many addresses cannot fill memory. */
    private static final int MAX_CLIENTS = 10_000;

    private final long delayMillis;
    private final ConcurrentHashMap<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    LoginThrottle(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    /** A module that puts the throttle in front of the server's handlers before it starts. */
    static FusekiModule module(long delayMillis) {
        return new FusekiModule() {
            @Override
            public String name() {
                return "newskg login throttle";
            }

            @Override
            public void serverBeforeStarting(FusekiServer server) {
                Server jetty = server.getJettyServer();
                LoginThrottle throttle = new LoginThrottle(delayMillis);
                throttle.setHandler(jetty.getHandler());
                jetty.setHandler(throttle);
            }
        };
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!request.getHeaders().contains(HttpHeader.AUTHORIZATION))
            return super.handle(request, response, callback);
        String client = Request.getRemoteAddr(request);
        int recent = recentFailures(client);
        if (recent >= MAX_FAILURES) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(WINDOW_MILLIS / 1000));
            Response.writeError(request, response, callback, 429, "Too many failed logins; try again in a minute");
            return true;
        }
        if (recent > 0)
            Thread.sleep(Math.min(MAX_DELAY_MILLIS, recent * delayMillis));
        return super.handle(request, response, new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                if (response.getStatus() == 401) {
                    int now = fail(client);
                    LOG.warn("failed login from {} to {} ({} in the last minute)", client, request.getHttpURI().getPath(), now);
                }
                super.succeeded();
            }
        });
    }

    private int recentFailures(String client) {
        Deque<Long> times = failures.get(client);
        if (times == null)
            return 0;
        synchronized (times) {
            long cutoff = System.currentTimeMillis() - WINDOW_MILLIS;
            while (!times.isEmpty() && times.peekFirst() < cutoff)
                times.pollFirst();
            return times.size();
        }
    }

    private int fail(String client) {
        if (failures.size() >= MAX_CLIENTS && !failures.containsKey(client))
            failures.keySet().removeIf(c -> recentFailures(c) == 0);
        Deque<Long> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(System.currentTimeMillis());
            while (times.size() > MAX_FAILURES)
                times.pollFirst();
            return times.size();
        }
    }
}
