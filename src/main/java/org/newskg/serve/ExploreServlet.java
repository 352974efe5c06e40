package org.newskg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The {@code /explore} page: search an entity by name and see its neighbourhood as an
 * interactive graph, with the evidence sentence of each fact on click. A static page whose
 * script asks the server's own SPARQL endpoint; the graph library (vis-network) comes from the
 * jar, never from a CDN.
 */
final class ExploreServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The vis-network build inside its WebJar (see the pom); a test checks it is there. */
    static final String VIS_NETWORK = "/META-INF/resources/webjars/vis-network/9.1.2/standalone/umd/vis-network.min.js";

    private static final Map<String, String[]> FILES = Map.of(
            "/", new String[] { "/explore/index.html", "text/html; charset=utf-8" },
            "/explore.js", new String[] { "/explore/explore.js", "text/javascript; charset=utf-8" },
            "/vis-network.min.js", new String[] { VIS_NETWORK, "text/javascript; charset=utf-8" });

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            // relative links of the page need the trailing slash
            String query = req.getQueryString();
            resp.sendRedirect(req.getRequestURI() + "/" + (query == null ? "" : "?" + query));
            return;
        }
        String[] file = FILES.get(path);
        if (file == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = ExploreServlet.class.getResourceAsStream(file[0])) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, file[0] + " is missing from the jar");
                return;
            }
            byte[] bytes = in.readAllBytes();
            resp.setContentType(file[1]);
            resp.setContentLength(bytes.length);
            resp.setHeader("Cache-Control", "max-age=3600");
            resp.getOutputStream().write(bytes);
        }
    }
}
