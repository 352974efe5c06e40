package org.newskg.ontology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.vocab.NKG;

/**
 * An SVG picture of the core of the ontology: its main classes at fixed places, and the object
 * properties between them as arrows, read from the ontology (domain to range, each end lifted
 * to the nearest core class). Sub-properties and inverses of a drawn property are left out, so
 * the picture stays readable.
 */
final class CoreDiagram {
    private static final int BOX_W = 150, BOX_H = 34;

    /** The core classes and where they stand (column, row). */
    private static final Map<Resource, int[]> PLACES = new LinkedHashMap<>();

    // Placed so that no arrow crosses a box: fact kinds in the middle, actors to their right,
    // the provenance classes to the left, value classes at the far right.
    static {
        PLACES.put(NKG.Article, new int[] { 0, 1 });
        PLACES.put(NKG.TextSpan, new int[] { 0, 3 });
        PLACES.put(NKG.Response, new int[] { 0, 5 });
        PLACES.put(NKG.Fact, new int[] { 1, 1 });
        PLACES.put(NKG.Allegation, new int[] { 1, 4 });
        PLACES.put(NKG.Event, new int[] { 2, 0 });
        PLACES.put(NKG.Agreement, new int[] { 2, 3 });
        PLACES.put(NKG.TradeFlow, new int[] { 2, 6 });
        PLACES.put(NKG.NamedEntity, new int[] { 3, 0 });
        PLACES.put(NKG.Actor, new int[] { 3, 3 });
        PLACES.put(NKG.Tenure, new int[] { 3, 8 });
        PLACES.put(NKG.Domain, new int[] { 4, 1 });
        PLACES.put(NKG.AllegationStatus, new int[] { 4, 5 });
        PLACES.put(NKG.Position, new int[] { 4, 7 });
    }

    private final Model model;
    private final Terms terms;

    CoreDiagram(Model model) {
        this.model = model;
        this.terms = new Terms(model);
    }

    String svg() {
        int width = 5 * 210 + 40, height = 9 * 70 + 40;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
           .append("\" width=\"").append(width).append("\" height=\"").append(height)
           .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"Core of the newskg ontology\">\n")
           .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
           .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
        for (Edge e : edges())
            drawEdge(svg, e);
        for (Edge e : subclassEdges())
            drawEdge(svg, e);
        PLACES.forEach((cls, at) -> {
            int x = x(at), y = y(at);
            svg.append("<a href=\"#").append(cls.getLocalName()).append("\"><rect x=\"").append(x).append("\" y=\"").append(y)
               .append("\" width=\"").append(BOX_W).append("\" height=\"").append(BOX_H)
               .append("\" rx=\"6\" fill=\"#eef3fb\" stroke=\"#2f5d9a\"/>")
               .append("<text x=\"").append(x + BOX_W / 2).append("\" y=\"").append(y + 21)
               .append("\" text-anchor=\"middle\" font-weight=\"bold\">nkg:").append(cls.getLocalName()).append("</text></a>\n");
        });
        return svg.append("</svg>\n").toString();
    }

    private record Edge(Resource from, Resource to, String label, boolean subclass) {}

    /**
     * Object properties between core classes. Sub-properties are left out, and so are the
     * properties declared as the inverse of another (the ontology states owl:inverseOf on the
     * inverse, so the property it names is the one drawn).
     */
    List<Edge> edges() {
        // properties between the same two classes share one arrow
        Map<List<Resource>, List<String>> labels = new LinkedHashMap<>();
        for (Resource p : terms.ofType(OWL.ObjectProperty)) {
            if (terms.objects(p, RDFS.subPropertyOf).stream().anyMatch(terms::isNewskg) || p.hasProperty(OWL.inverseOf))
                continue;
            Resource from = core(p.getPropertyResourceValue(RDFS.domain));
            Resource to = core(p.getPropertyResourceValue(RDFS.range));
            if (from != null && to != null && !from.equals(to))
                labels.computeIfAbsent(List.of(from, to), k -> new ArrayList<>()).add("nkg:" + p.getLocalName());
        }
        List<Edge> edges = new ArrayList<>();
        labels.forEach((ends, names) -> edges.add(new Edge(ends.get(0), ends.get(1), String.join(", ", names), false)));
        return edges;
    }

    /** From each core class to its nearest core superclass ("is a"), dashed. */
    private List<Edge> subclassEdges() {
        List<Edge> edges = new ArrayList<>();
        for (Resource c : PLACES.keySet())
            for (Resource sup : terms.objects(model.getResource(c.getURI()), RDFS.subClassOf)) {
                Resource target = core(sup);
                if (target != null && !target.equals(c))
                    edges.add(new Edge(c, target, "is a", true));
            }
        return edges.stream().distinct().toList();
    }

    /** The core class a class belongs to: itself or its nearest core superclass. */
    private Resource core(Resource cls) {
        if (cls == null || !cls.isURIResource())
            return null;
        for (Resource c : PLACES.keySet())
            if (c.getURI().equals(cls.getURI()))
                return c;
        for (Resource sup : terms.objects(cls, RDFS.subClassOf)) {
            Resource c = core(sup);
            if (c != null)
                return c;
        }
        return null;
    }

    private void drawEdge(StringBuilder svg, Edge e) {
        int[] a = PLACES.get(e.from()), b = PLACES.get(e.to());
        double x1 = x(a) + BOX_W / 2.0, y1 = y(a) + BOX_H / 2.0, x2 = x(b) + BOX_W / 2.0, y2 = y(b) + BOX_H / 2.0;
        double[] start = clip(x1, y1, x2, y2), end = clip(x2, y2, x1, y1);
        svg.append("<line x1=\"").append(fmt(start[0])).append("\" y1=\"").append(fmt(start[1]))
           .append("\" x2=\"").append(fmt(end[0])).append("\" y2=\"").append(fmt(end[1]))
           .append("\" stroke=\"").append(e.subclass() ? "#999" : "#555").append('"')
           .append(e.subclass() ? " stroke-dasharray=\"5,4\"" : "").append(" marker-end=\"url(#arrow)\"/>")
           // "is a" is labelled near its start, property names at the middle, so that the two rarely meet
           .append("<text x=\"").append(fmt(start[0] + (end[0] - start[0]) * (e.subclass() ? 0.25 : 0.5)))
           .append("\" y=\"").append(fmt(start[1] + (end[1] - start[1]) * (e.subclass() ? 0.25 : 0.5) - 3))
           .append("\" text-anchor=\"middle\" fill=\"").append(e.subclass() ? "#888" : "#333").append("\" font-size=\"11\">")
           .append(Html.escape(e.label())).append("</text>\n");
    }

    /** Where the line from the centre (x1,y1) towards (x2,y2) leaves the box around (x1,y1). */
    private static double[] clip(double x1, double y1, double x2, double y2) {
        double dx = x2 - x1, dy = y2 - y1;
        double tx = dx == 0 ? Double.MAX_VALUE : (BOX_W / 2.0) / Math.abs(dx);
        double ty = dy == 0 ? Double.MAX_VALUE : (BOX_H / 2.0) / Math.abs(dy);
        double t = Math.min(tx, ty);
        return new double[] { x1 + dx * t, y1 + dy * t };
    }

    private static int x(int[] at) {
        return 20 + at[0] * 210;
    }

    private static int y(int[] at) {
        return 20 + at[1] * 70;
    }

    private static String fmt(double v) {
        return Long.toString(Math.round(v));
    }
}
