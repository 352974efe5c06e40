package org.newskg.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.newskg.store.LoadResult.Outcome;
import org.newskg.vocab.NKG;

/**
 * Loads articles into a running newskg server, for datasets the server holds (TDB2 admits one
 * process). A batch of articles is one SPARQL update request, {@code DROP SILENT GRAPH} then
 * {@code INSERT DATA} for each, which the server applies in one transaction: the same
 * all-or-nothing replacement as {@link ArticleStore}, with the same shapes checked before
 * anything is sent.
 *
 * <pre>
 *   EndpointStore store = new EndpointStore("http://localhost:3030/newskg", "admin", password);
 *   store.loadAll(articles, progress);   // the batch rule of ArticleTarget
 * </pre>
 */
public final class EndpointStore implements ArticleTarget {
    private final String dataset;
    private final String authorization;
    private final ArticleMapping mapping = ArticleMapping.standard();

    public EndpointStore(String datasetUrl, String user, String password) {
        this.dataset = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ArticleMapping mapping() {
        return mapping;
    }

    @Override
    public void loadOntology() {
        Node g = mapping.iris().ontologyGraph();
        List<Quad> quads = new ArrayList<>();
        mapping.ontologyQuads().forEachRemaining(quads::add);
        replaceGraph(g, quads);
    }

    @Override
    public boolean isLoaded(String articleId, String contentHash) {
        if (contentHash == null)
            return false;
        return ask("ASK { GRAPH <" + mapping.iris().articleGraph(articleId).getURI() + "> { <" + mapping.iris().article(articleId).getURI()
                + "> <" + NKG.contentHash.getURI() + "> " + NodeFactory.createLiteralString(contentHash) + " } }");
    }

    @Override
    public LoadResult write(MappedArticle mapped) {
        return writeAll(List.of(mapped)).get(0);
    }

    /**
     * Sends the articles in one update request, which the server runs as one transaction: each
     * article's graph dropped and its quads inserted. Articles the server holds from the same
     * input are left out. If any breaks the shapes, nothing is sent.
     */
    @Override
    public List<LoadResult> writeAll(List<MappedArticle> articles) {
        articles.forEach(MappedArticle::requireConforming);
        List<LoadResult> results = new ArrayList<>();
        UpdateRequest request = new UpdateRequest();
        // what this request already writes: the server answers for the dataset before it, so a
        // second version of an article in the same batch is decided against the first
        Map<String, String> queued = new HashMap<>();
        for (MappedArticle mapped : articles) {
            String id = mapped.id();
            Node graph = mapping.iris().articleGraph(id);
            String hash = mapped.facts().contentHash();
            boolean inBatch = queued.containsKey(id);
            if (inBatch ? hash != null && hash.equals(queued.get(id)) : isLoaded(id, hash)) {
                results.add(new LoadResult(id, Outcome.UNCHANGED, 0));
                continue;
            }
            boolean existed = inBatch || ask("ASK { GRAPH <" + graph.getURI() + "> { ?s ?p ?o } }");
            queued.put(id, hash);
            List<Quad> quads = new ArrayList<>();
            mapped.quads().find().forEachRemaining(quads::add);
            addReplacement(request, graph, quads);
            results.add(new LoadResult(id, existed ? Outcome.REPLACED : Outcome.ADDED, quads.size()));
        }
        if (!request.getOperations().isEmpty())
            send(request);
        return results;
    }

    /** One update request, one transaction: the graph dropped and the quads inserted. */
    private void replaceGraph(Node graph, List<Quad> quads) {
        UpdateRequest request = new UpdateRequest();
        addReplacement(request, graph, quads);
        send(request);
    }

    private static void addReplacement(UpdateRequest request, Node graph, List<Quad> quads) {
        QuadDataAcc data = new QuadDataAcc();
        quads.forEach(data::addQuad);
        request.add(new UpdateDrop(graph, true)).add(new UpdateDataInsert(data));
    }

    private void send(UpdateRequest request) {
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
