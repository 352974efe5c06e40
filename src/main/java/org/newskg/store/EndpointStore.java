package org.newskg.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.newskg.facts.ArticleFacts;
import org.newskg.map.Entailments;
import org.newskg.map.FactsMapper;
import org.newskg.map.IriScheme;
import org.newskg.ontology.Ontology;
import org.newskg.store.LoadResult.Outcome;
import org.newskg.validate.ShapeViolationException;
import org.newskg.validate.Shapes;
import org.newskg.validate.Violations;

/**
 * Loads articles into a running newskg server, for datasets the server holds (TDB2 admits one
 * process). Each article is one SPARQL update request, {@code DROP SILENT GRAPH} then
 * {@code INSERT DATA}, which the server applies in one transaction: the same all-or-nothing
 * replacement as {@link ArticleStore}, with the same shapes checked before anything is sent.
 *
 * <pre>
 *   EndpointStore store = new EndpointStore("http://localhost:3030/newskg", "admin", password);
 *   store.loadAll(articles, progress);   // the batch rule of ArticleTarget
 * </pre>
 */
public final class EndpointStore implements ArticleTarget {
    private final String dataset;
    private final String authorization;
    private final FactsMapper mapper = new FactsMapper(IriScheme.standard());
    private final Entailments entailments = Entailments.of(Ontology.model());
    private final Shapes shapes = Shapes.standard();

    public EndpointStore(String datasetUrl, String user, String password) {
        this.dataset = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Violations check(ArticleFacts facts) {
        return shapes.validate(mapper.toDataset(facts, entailments).getUnionGraph());
    }

    @Override
    public void loadOntology() {
        Node g = mapper.iris().ontologyGraph();
        replaceGraph(g, Ontology.model().getGraph().find().mapWith(t -> Quad.create(g, t)).toList());
    }

    @Override
    public LoadResult load(ArticleFacts facts, boolean checked) {
        String id = facts.article().id();
        Node graph = mapper.iris().articleGraph(id);
        Node article = mapper.iris().article(id);
        if (facts.contentHash() != null && ask("ASK { GRAPH <" + graph.getURI() + "> { <" + article.getURI()
                + "> <https://w3id.org/newskg/ontology#contentHash> " + NodeFactory.createLiteralString(facts.contentHash()) + " } }"))
            return new LoadResult(id, Outcome.UNCHANGED, 0);
        DatasetGraph staged = mapper.toDataset(facts, entailments);
        if (!checked) {
            Violations v = shapes.validate(staged.getUnionGraph());
            if (!v.conforms())
                throw new ShapeViolationException("article " + id, v);
        }
        boolean existed = ask("ASK { GRAPH <" + graph.getURI() + "> { ?s ?p ?o } }");
        List<Quad> quads = new ArrayList<>();
        staged.find().forEachRemaining(quads::add);
        replaceGraph(graph, quads);
        return new LoadResult(id, existed ? Outcome.REPLACED : Outcome.ADDED, quads.size());
    }

    /** One update request, one transaction: the graph dropped and the quads inserted. */
    private void replaceGraph(Node graph, List<Quad> quads) {
        QuadDataAcc data = new QuadDataAcc();
        quads.forEach(data::addQuad);
        UpdateRequest request = new UpdateRequest().add(new UpdateDrop(graph, true)).add(new UpdateDataInsert(data));
        try {
            UpdateExecHTTP.service(dataset + "/update").update(request).httpHeader("Authorization", authorization).execute();
        } catch (RuntimeException e) {
            throw new StoreException("the server at " + dataset + " refused the update: " + e.getMessage(), e);
        }
    }

    private boolean ask(String query) {
        try {
            return QueryExecHTTP.service(dataset + "/sparql").query(query).ask();
        } catch (RuntimeException e) {
            throw new StoreException("the server at " + dataset + " did not answer: " + e.getMessage(), e);
        }
    }
}
