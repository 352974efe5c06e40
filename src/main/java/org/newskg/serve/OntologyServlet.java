package org.newskg.serve;

import java.io.IOException;

import java.util.List;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.newskg.ontology.Renditions;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The ontology at its IRI path ({@code /ontology}), in the form the client asks for: Turtle,
 * RDF/XML or HTML documentation, by the Accept header or by {@code ?format=ttl|rdfxml|html}.
 * Protege's "Open from URL" asks for RDF/XML; a browser gets the documentation. Anything else
 * gets Turtle, the source form.
 */
final class OntologyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final MediaType TURTLE = MediaType.create("text/turtle");
    private static final MediaType RDF_XML = MediaType.create("application/rdf+xml");
    private static final MediaType HTML = MediaType.create("text/html");

    private final transient byte[] turtle;
    private final transient byte[] rdfXml;
    private final transient byte[] html;

    OntologyServlet(Model ontology) {
        // rendered once: the ontology does not change while the server runs
        this.turtle = Renditions.turtle();
        this.rdfXml = Renditions.rdfXml(ontology);
        this.html = Renditions.html(ontology);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        MediaType chosen = choose(req.getParameter("format"), req.getHeader("Accept"));
        byte[] body = chosen == RDF_XML ? rdfXml : chosen == HTML ? html : turtle;
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(chosen.getContentTypeStr() + "; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    static MediaType choose(String format, String accept) {
        if (format != null) {
            return switch (format.toLowerCase()) {
                case "rdfxml", "rdf", "owl", "xml" -> RDF_XML;
                case "html" -> HTML;
                default -> TURTLE;
            };
        }
        if (accept == null || accept.isBlank())
            return TURTLE;
        MediaType best = TURTLE;
        double bestQ = 0;
        for (MediaType offer : List.of(TURTLE, RDF_XML, HTML)) {
            double q = quality(accept, offer.getContentTypeStr());
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return best;
    }

    /**
     * The q-value the Accept header gives a media type: that of its most specific matching range
     * (type/subtype over type/* over *&#47;*), 0 when none matches (RFC 9110, 12.5.1).
     */
    static double quality(String accept, String mediaType) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        double q = 0;
        int specificity = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String name = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
            int s = name.equals(mediaType) ? 2 : name.equals(type + "/*") ? 1 : name.equals("*/*") ? 0 : -1;
            if (s <= specificity)
                continue;
            specificity = s;
            q = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].trim();
                if (param.startsWith("q="))
                    q = parseQ(param.substring(2));
            }
        }
        return q;
    }

    private static double parseQ(String value) {
        try {
            return Math.max(0, Math.min(1, Double.parseDouble(value.trim())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
