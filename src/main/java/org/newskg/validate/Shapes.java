package org.newskg.validate;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.newskg.Bundled;
import org.newskg.ontology.Ontology;

/**
 * The SHACL shapes of the data newskg writes ({@code ontology/shapes.ttl}), parsed once.
 *
 * <pre>
 *   Violations v = Shapes.standard().validate(graph);
 *   if (!v.conforms()) System.err.println(v);
 * </pre>
 */
public final class Shapes {
    /** Path of the shapes in the repository. */
    public static final Path SOURCE = Path.of("ontology", "shapes.ttl");
    /** Classpath copy, put there by the build. */
    public static final String RESOURCE = "/ontology/shapes.ttl";

    private static volatile Shapes standard;

    private final org.apache.jena.shacl.Shapes shapes;
    private final Graph graph;

    private Shapes(Graph graph) {
        this.graph = graph;
        this.shapes = org.apache.jena.shacl.Shapes.parse(graph);
    }

    /** The repository's shapes when present, otherwise the copy in the jar. */
    public static Shapes standard() {
        Shapes s = standard;
        if (s == null) {
            synchronized (Shapes.class) {
                if (standard == null)
                    standard = new Shapes(load());
                s = standard;
            }
        }
        return s;
    }

    private static Graph load() {
        return RDFParser.source(new ByteArrayInputStream(Bundled.read(SOURCE, RESOURCE))).lang(Lang.TURTLE).toGraph();
    }

    /** The shapes as a graph (for posting to a SHACL endpoint, for example). */
    public Graph graph() {
        return graph;
    }

    /**
     * Validates {@code data}, which must hold the types of the nodes it refers to. The ontology
     * is read with it, for the individuals it declares (the domains, the allegation statuses).
     */
    public Violations validate(Graph data) {
        Graph withOntology = new Union(data, Ontology.model().getGraph());
        ValidationReport report = ShaclValidator.get().validate(shapes, withOntology);
        List<String> lines = report.getEntries().stream()
                .filter(e -> e.severity() == Severity.Violation)
                .map(Shapes::describe)
                .sorted()
                .toList();
        return new Violations(lines);
    }

    private static String describe(ReportEntry e) {
        String path = e.resultPath() == null ? "" : " " + e.resultPath();
        String value = e.value() == null ? "" : " (value " + e.value() + ")";
        return "<" + e.focusNode() + ">" + path + ": " + e.message() + value;
    }
}
