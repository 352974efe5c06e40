package org.newskg.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A limit that holds for clients that have not logged in. The administrator's requests pass
 * untouched: a batch of articles sent by {@code ingest --endpoint} is larger, and slower, than
 * anything an anonymous reader should be allowed, and it must not queue behind readers.
 */
abstract class AnonymousLimit extends HttpFilter {
    @Override
    protected final void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() != null || !appliesTo(request))
            chain.doFilter(request, response);
        else
            limit(request, response, chain);
    }

    /** Whether this anonymous request is one the limit is about (all of them unless a subclass says otherwise). */
    protected boolean appliesTo(HttpServletRequest request) {
        return true;
    }

    /** The limit itself, for an anonymous request it applies to. */
    protected abstract void limit(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException;
}
