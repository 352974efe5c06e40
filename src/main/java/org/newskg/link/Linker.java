package org.newskg.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.newskg.map.IriScheme;
import org.newskg.query.QueryParameters;

/**
 * Links the entities of a dataset that have no Wikidata item yet: first from the offline
 * gazetteer, then, where an endpoint is given, by reconciliation against Wikidata. A link is
 * written only when the best candidate scores at least the threshold and clearly beats the
 * next; otherwise the candidates are kept as suggestions. Entities a curator has reviewed are
 * left alone. If the endpoint fails, the run says so and goes on offline; nothing is written on
 * a guess.
 *
 * <pre>
 *   LinkReport report = Linker.create(dataset).reconciler(new WikidataReconciler(endpoint)).run();
 * </pre>
 */
public final class Linker {
    public static final double DEFAULT_THRESHOLD = 0.8;
    /** How far the best candidate must lead the second to be taken. */
    public static final double MARGIN = 0.1;

    private static final String ENTITIES = """
            PREFIX nkg:  <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX sssom: <https://w3id.org/sssom/>
            SELECT ?e ?type ?label ?alt WHERE {
              VALUES ?type { nkg:State nkg:InternationalOrganization nkg:Person nkg:Place }
              GRAPH ?entities { ?e a ?type ; rdfs:label ?label . OPTIONAL { ?e skos:altLabel ?alt } }
              FILTER NOT EXISTS { GRAPH ?any { ?e skos:exactMatch ?item } }
              FILTER NOT EXISTS { GRAPH ?curated { ?m sssom:subject_id ?e } }
            }
            ORDER BY ?e
            """;
    private static final String OFFICES = """
            PREFIX nkg:  <https://w3id.org/newskg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?state ?date WHERE {
              GRAPH ?g { ?tenure nkg:holder ?person ; nkg:position ?position .
                         OPTIONAL { ?tenure nkg:reportedIn ?article . ?article nkg:published ?date } }
              GRAPH ?e1 { ?position nkg:positionOf ?of }
              GRAPH ?e2 { ?of skos:exactMatch ?state }
            }
            """;

    private final DatasetGraph dataset;
    private final MappingGraphs graphs;
    private Gazetteer gazetteer = Gazetteer.standard();
    private WikidataReconciler reconciler;
    private double threshold = DEFAULT_THRESHOLD;
    private Consumer<String> log = s -> {};

    private Linker(DatasetGraph dataset, IriScheme iris) {
        this.dataset = dataset;
        this.graphs = new MappingGraphs(iris);
    }

    public static Linker create(DatasetGraph dataset) {
        return new Linker(dataset, IriScheme.standard());
    }

    public Linker reconciler(WikidataReconciler r) {
        this.reconciler = r;
        return this;
    }

    public Linker gazetteer(Gazetteer g) {
        this.gazetteer = g;
        return this;
    }

    public Linker threshold(double t) {
        this.threshold = t;
        return this;
    }

    public Linker log(Consumer<String> l) {
        this.log = l;
        return this;
    }

    /**
     * Links in two passes: the gazetteer first, written at once, so that the reconciliation of
     * people can use the links of the states whose offices they hold.
     */
    public LinkReport run() {
        List<EntityToLink> todo = Txn.calculateRead(dataset, this::entitiesToLink);
        List<Mapping> fromGazetteer = new ArrayList<>();
        for (EntityToLink e : todo)
            fromGazetteer(e).ifPresent(fromGazetteer::add);
        Txn.executeWrite(dataset, () -> fromGazetteer.forEach(m -> {
            graphs.removeSubject(dataset, graphs.suggestions(), m.subject());
            graphs.add(dataset, graphs.automatic(), m);
        }));

        List<EntityToLink> rest = Txn.calculateRead(dataset, this::entitiesToLink);
        List<Mapping> accepted = new ArrayList<>();
        Map<String, List<Mapping>> suggestions = new java.util.LinkedHashMap<>();
        List<String> unlinked = new ArrayList<>();
        String problem = null;
        for (EntityToLink e : rest) {
            if (reconciler != null && problem == null) {
                try {
                    List<Candidate> candidates = reconciler.candidates(e);
                    Optional<Candidate> best = decide(candidates);
                    if (best.isPresent()) {
                        accepted.add(mapping(e, best.get()));
                        continue;
                    }
                    if (!candidates.isEmpty()) {
                        suggestions.put(e.iri(), candidates.stream().limit(3).map(c -> mapping(e, c)).toList());
                        continue;
                    }
                } catch (EndpointException ex) {
                    problem = ex.getMessage();
                    log.accept("newskg: " + problem + "; going on offline");
                }
            }
            unlinked.add(e.label());
        }
        Txn.executeWrite(dataset, () -> {
            for (Mapping m : accepted) {
                graphs.removeSubject(dataset, graphs.suggestions(), m.subject());   // no stale suggestions beside a link
                graphs.add(dataset, graphs.automatic(), m);
            }
            suggestions.forEach((subject, ms) -> {
                graphs.removeSubject(dataset, graphs.suggestions(), subject);
                ms.forEach(m -> graphs.add(dataset, graphs.suggestions(), m));
            });
        });
        return new LinkReport(todo.size(), fromGazetteer.size(), accepted.size(), suggestions.size(), unlinked, problem);
    }

    private static Mapping mapping(EntityToLink e, Candidate c) {
        return new Mapping(e.iri(), e.label(), c.qid(), c.label(), Mapping.LEXICAL, c.score(), "newskg link: Wikidata (" + c.reason() + ")", false);
    }

    /** The best candidate if it reaches the threshold and leads the next one clearly. */
    Optional<Candidate> decide(List<Candidate> candidates) {
        if (candidates.isEmpty() || candidates.get(0).score() < threshold)
            return Optional.empty();
        if (candidates.size() > 1 && candidates.get(0).score() - candidates.get(1).score() < MARGIN)
            return Optional.empty();
        return Optional.of(candidates.get(0));
    }

    private Optional<Mapping> fromGazetteer(EntityToLink e) {
        if (e.type().equals("Person"))
            return Optional.empty();
        for (String name : e.names()) {
            Optional<GazetteerEntry> hit = gazetteer.find(name, e.type());
            if (hit.isPresent() && !hit.get().qid().isEmpty())
                return Optional.of(new Mapping(e.iri(), e.label(), hit.get().qid(), hit.get().name(), Mapping.LEXICAL, 0.95,
                                               "newskg link: gazetteer (name \"" + name + "\")", false));
        }
        return Optional.empty();
    }

    private List<EntityToLink> entitiesToLink() {
        Map<String, String[]> found = new java.util.LinkedHashMap<>();
        Map<String, Set<String>> names = new java.util.HashMap<>();
        Query entities = new QueryParameters().add("curated", graphs.curated()).bind(QueryFactory.create(ENTITIES));
        try (QueryExec exec = QueryExec.dataset(dataset).query(entities).build()) {
            exec.select().forEachRemaining(b -> {
                String iri = b.get(Var.alloc("e")).getURI();
                String type = b.get(Var.alloc("type")).getLocalName();
                String label = b.get(Var.alloc("label")).getLiteralLexicalForm();
                found.putIfAbsent(iri, new String[] { type, label });
                Set<String> n = names.computeIfAbsent(iri, k -> new LinkedHashSet<>(List.of(label)));
                if (b.get(Var.alloc("alt")) != null)
                    n.add(b.get(Var.alloc("alt")).getLiteralLexicalForm());
            });
        }
        List<EntityToLink> out = new ArrayList<>();
        found.forEach((iri, tl) -> {
            Set<String> offices = new HashSet<>();
            String date = null;
            if (tl[0].equals("Person")) {
                Query q = new QueryParameters().add("person", org.apache.jena.graph.NodeFactory.createURI(iri)).bind(QueryFactory.create(OFFICES));
                try (QueryExec exec = QueryExec.dataset(dataset).query(q).build()) {
                    for (var it = exec.select(); it.hasNext();) {
                        var b = it.next();
                        String state = b.get(Var.alloc("state")).getURI();
                        offices.add(state.substring(state.lastIndexOf('/') + 1));
                        if (b.get(Var.alloc("date")) != null)
                            date = b.get(Var.alloc("date")).getLiteralLexicalForm();
                    }
                }
            }
            out.add(new EntityToLink(iri, tl[0], tl[1], List.copyOf(names.get(iri)), offices, date));
        });
        return out;
    }
}
