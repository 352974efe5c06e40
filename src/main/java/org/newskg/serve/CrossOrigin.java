package org.newskg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-origin requests: any web page may read (browser-based notebooks query from another
 * origin), never with credentials; a request from another origin that carries credentials is
 * refused with 403.
 * <p>
 * Fuseki's CORS filter answered every origin with {@code Access-Control-Allow-Credentials: true}
 * and that origin echoed back, so a page on any site could send the administrator's cached
 * login along with an update (cross-site request forgery). Here the answer is
 * {@code Access-Control-Allow-Origin: *}, with which browsers send no credentials; and since a
 * plain HTML form needs no CORS at all, a request with an {@code Origin} other than the
 * server's own and an {@code Authorization} header (all writes need one) is refused outright.
 */
final class CrossOrigin extends HttpFilter {
    private static final String ALLOWED_HEADERS = "Accept, Content-Type, X-Requested-With, Cache-Control";
    private static final String ALLOWED_METHODS = "GET, POST, HEAD, OPTIONS";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean foreign = !sameOrigin(origin, request);
        if (foreign && request.getHeader("Authorization") != null) {
            Refusal.send(response, HttpServletResponse.SC_FORBIDDEN,
                         "Requests with credentials are refused from another origin (" + origin + ")");
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", LimitedQuery.HEADER + ", Retry-After");
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            // a preflight: answered here, for reads only
            response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
            response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", "1800");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether {@code origin} is the server as this request addressed it (scheme, host and port of the Host header). */
    static boolean sameOrigin(String origin, HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null)
            return false;
        try {
            URI o = new URI(origin);
            if (o.getScheme() == null || o.getHost() == null)
                return false;
            int port = o.getPort() >= 0 ? o.getPort() : ("https".equalsIgnoreCase(o.getScheme()) ? 443 : 80);
            URI h = new URI(request.getScheme() + "://" + host);
            int hostPort = h.getPort() >= 0 ? h.getPort() : ("https".equalsIgnoreCase(request.getScheme()) ? 443 : 80);
            return o.getScheme().equalsIgnoreCase(request.getScheme()) && o.getHost().equalsIgnoreCase(h.getHost())
                   && port == hostPort;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
