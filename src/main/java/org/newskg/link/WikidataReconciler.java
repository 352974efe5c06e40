package org.newskg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.newskg.query.QueryParameters;

/**
 * Finds the Wikidata item of an entity by asking a Wikidata SPARQL endpoint for items whose
 * label or alias is one of the entity's names, then keeping only items of the right kind:
 * <ul>
 * <li>a state must be an instance of sovereign state (Q3624078) or country (Q6256), so China is
 *     Q148, never the cultural region China (Q29520);</li>
 * <li>an international organization an instance of one of the organization classes below;</li>
 * <li>a person a human (Q5); when the news says which state's office the person holds, an item
 *     whose "position held" (P39) is an office of that state (P1001) scores higher, and higher
 *     still when the article's date falls within the tenure.</li>
 * </ul>
 * A name matched as label scores 1, as alias 0.85; the kind checks then adjust it.
 */
public final class WikidataReconciler {
    static final Set<String> STATE_CLASSES = Set.of("Q3624078", "Q6256", "Q3024240" /* historical country */);
    static final Set<String> ORGANIZATION_CLASSES = Set.of("Q484652", "Q245065", "Q1335818", "Q4120211", "Q1127126", "Q7210356", "Q43229");
    static final Set<String> PLACE_CLASSES = Set.of("Q515", "Q5119", "Q1549591", "Q486972", "Q10864048", "Q13220204", "Q82794", "Q1637706", "Q3957");
    static final String HUMAN = "Q5";
    /** Items that a name search finds but that are never the entity meant in political news. */
    static final Set<String> NEVER = Set.of("Q29520" /* China, the cultural region */);

    private static final String WD = "http://www.wikidata.org/entity/";
    private static final String QUERY = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX wdt:  <http://www.wikidata.org/prop/direct/>
            PREFIX p:    <http://www.wikidata.org/prop/>
            PREFIX ps:   <http://www.wikidata.org/prop/statement/>
            PREFIX pq:   <http://www.wikidata.org/prop/qualifier/>
            SELECT ?item ?itemLabel ?matched ?class ?jurisdiction ?start ?end WHERE {
              VALUES ?name { "name"@en }
              { ?item rdfs:label ?name BIND ("label" AS ?matched) }
              UNION
              { ?item skos:altLabel ?name BIND ("alias" AS ?matched) }
              OPTIONAL { ?item wdt:P31 ?class }
              OPTIONAL { ?item p:P39 ?held . ?held ps:P39 ?position .
                         OPTIONAL { ?position wdt:P1001 ?jurisdiction }
                         OPTIONAL { ?held pq:P580 ?start }
                         OPTIONAL { ?held pq:P582 ?end } }
              OPTIONAL { ?item rdfs:label ?itemLabel FILTER (LANG(?itemLabel) = "en") }
            }
            LIMIT 2000
            """;

    private final SparqlEndpoint endpoint;

    public WikidataReconciler(SparqlEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Candidates for the entity, best first; empty when nothing of the right kind bears one of its names. */
    public List<Candidate> candidates(EntityToLink entity) throws EndpointException {
        Map<String, Evidence> items = new HashMap<>();
        for (String name : entity.names()) {
            Query q = new QueryParameters().add("name", NodeFactory.createLiteralLang(name, "en")).bind(QueryFactory.create(QUERY));
            RowSetRewindable rows = endpoint.select(q);
            while (rows.hasNext()) {
                Binding b = rows.next();
                String qid = qid(b.get(Var.alloc("item")));
                if (qid == null)
                    continue;
                Evidence ev = items.computeIfAbsent(qid, k -> new Evidence());
                ev.label = ev.label == null ? lexical(b.get(Var.alloc("itemLabel"))) : ev.label;
                ev.asLabel |= "label".equals(lexical(b.get(Var.alloc("matched"))));
                String cls = qid(b.get(Var.alloc("class")));
                if (cls != null)
                    ev.classes.add(cls);
                String jurisdiction = qid(b.get(Var.alloc("jurisdiction")));
                if (jurisdiction != null)
                    ev.offices.add(new Office(jurisdiction, lexical(b.get(Var.alloc("start"))), lexical(b.get(Var.alloc("end")))));
            }
        }
        List<Candidate> out = new ArrayList<>();
        items.forEach((qid, ev) -> {
            Candidate c = score(entity, qid, ev);
            if (c != null)
                out.add(c);
        });
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::qid));
        return out;
    }

    private static Candidate score(EntityToLink entity, String qid, Evidence ev) {
        if (NEVER.contains(qid))
            return null;
        double score = ev.asLabel ? 1.0 : 0.85;
        String reason = ev.asLabel ? "label" : "alias";
        switch (entity.type()) {
            case "State" -> {
                if (disjoint(ev.classes, STATE_CLASSES))
                    return null;
            }
            case "InternationalOrganization" -> {
                if (disjoint(ev.classes, ORGANIZATION_CLASSES))
                    return null;
            }
            case "Place" -> {
                if (disjoint(ev.classes, PLACE_CLASSES))
                    return null;
            }
            case "Person" -> {
                if (!ev.classes.contains(HUMAN))
                    return null;
                if (!entity.officeOf().isEmpty()) {
                    boolean office = ev.offices.stream().anyMatch(o -> entity.officeOf().contains(o.jurisdiction));
                    boolean inTime = ev.offices.stream().anyMatch(o -> entity.officeOf().contains(o.jurisdiction) && o.covers(entity.date()));
                    if (inTime) {
                        reason += ", holds an office of that state at the article's date";
                    } else if (office) {
                        score *= 0.9;
                        reason += ", holds an office of that state (dates not confirmed)";
                    } else {
                        score *= 0.5;
                        reason += ", no office of that state recorded";
                    }
                } else {
                    score *= 0.8;
                    reason += ", human (no office to confirm)";
                }
            }
            default -> {
                return null;
            }
        }
        return new Candidate(qid, ev.label, score, reason);
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    private static String qid(Node n) {
        return n != null && n.isURI() && n.getURI().startsWith(WD) ? n.getURI().substring(WD.length()) : null;
    }

    private static String lexical(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static final class Evidence {
        String label;
        boolean asLabel;
        final Set<String> classes = new HashSet<>();
        final Set<Office> offices = new HashSet<>();
    }

    private record Office(String jurisdiction, String start, String end) {
        /** True when {@code date} (YYYY[-MM[-DD]]) lies within the tenure, or is unknown. */
        boolean covers(String date) {
            if (date == null)
                return true;
            String d = date.length() >= 10 ? date.substring(0, 10) : date;
            return (start == null || start.substring(0, Math.min(10, start.length())).compareTo(d) <= 0)
                    && (end == null || end.substring(0, Math.min(10, end.length())).compareTo(d) >= 0);
        }
    }
}
