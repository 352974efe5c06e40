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
        Map<String, String> held = held(articles);
        for (MappedArticle mapped : articles) {
            String id = mapped.id();
            String hash = mapped.facts().contentHash();
            boolean existed = held.containsKey(id);
            if (existed && hash != null && hash.equals(held.get(id))) {
                results.add(new LoadResult(id, Outcome.UNCHANGED, 0));
                continue;
            }
            // what the server holds once this request runs: a later version in the batch is decided against it
            held.put(id, hash);
            List<Quad> quads = new ArrayList<>();
            mapped.quads().find().forEachRemaining(quads::add);
            addReplacement(request, mapping.iris().articleGraph(id), quads);
            results.add(new LoadResult(id, existed ? Outcome.REPLACED : Outcome.ADDED, quads.size()));
        }
        if (!request.getOperations().isEmpty())
            send(request);
        return results;
    }

    /**
     * The articles of the batch the server holds, each with its stored content hash (null if it
     * has none): one query for the whole batch rather than round trips per article.
     */
    private Map<String, String> held(List<MappedArticle> articles) {
        Map<String, String> idOfGraph = new HashMap<>();
        StringBuilder values = new StringBuilder();
        for (MappedArticle a : articles) {
            String graph = mapping.iris().articleGraph(a.id()).getURI();
            idOfGraph.put(graph, a.id());
            values.append("(<").append(graph).append("> <").append(mapping.iris().article(a.id()).getURI()).append(">) ");
        }
        String query = "SELECT ?g ?hash WHERE { VALUES (?g ?article) { " + values + "} FILTER EXISTS { GRAPH ?g { ?s ?p ?o } }"
                + " OPTIONAL { GRAPH ?g { ?article <" + NKG.contentHash.getURI() + "> ?hash } } }";
        Map<String, String> held = new HashMap<>();
        try {
            QueryExecHTTP.service(dataset + "/sparql").query(query).select().forEachRemaining(row -> {
                Node hash = row.get("hash");
                held.put(idOfGraph.get(row.get("g").getURI()), hash == null ? null : hash.getLiteralLexicalForm());
            });
        } catch (RuntimeException e) {
            throw failure("did not answer", e);
        }
        return held;
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
            throw failure("refused the update", e);
        }
    }

    /**
     * The failure of a request, said in one line with its cause: a server that is not running,
     * or stopped during the request, is told apart from one that refused.
     */
    private StoreException failure(String what, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException)
                return new StoreException("the server at " + dataset + " cannot be reached (connection refused): is it running?", e);
            if (t instanceof java.net.http.HttpTimeoutException)
                return new StoreException("the server at " + dataset + " did not answer in time", e);
            if (t instanceof java.io.IOException io)
                return new StoreException("the connection to the server at " + dataset + " failed (" + io.getMessage()
                                          + "): did it stop?", e);
        }
        return new StoreException("the server at " + dataset + " " + what + ": " + (e.getMessage() != null ? e.getMessage() : e), e);
    }

    private boolean ask(String query) {
        try {
            return QueryExecHTTP.service(dataset + "/sparql").query(query).ask();
        } catch (RuntimeException e) {
            throw failure("did not answer", e);
        }
    }
}
