package org.newskg.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request body from a client that has not logged in is at most {@code newskg:maxRequestBytes}
 * long: 413 beyond, before anything reads it. A body of unknown length (chunked) is read up to
 * the bound into memory and handed on from there, except HTML forms, which Jetty parses itself
 * under its own form size limit. The administrator's writes (logged in) are not bounded here:
 * a batch of articles is larger.
 */
final class RequestSizeLimit extends AnonymousLimit {
    private final long maxBytes;

    RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean appliesTo(HttpServletRequest request) {
        return maxBytes > 0;
    }

    @Override
    protected void limit(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            tooLarge(response, length + " bytes");
            return;
        }
        String type = request.getContentType();
        boolean form = type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded");
        if (length >= 0 || form || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            tooLarge(response, "more than " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    private void tooLarge(HttpServletResponse response, String size) throws IOException {
        Refusal.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                     "The request body is " + size + "; the limit is " + maxBytes + " bytes");
    }
}
