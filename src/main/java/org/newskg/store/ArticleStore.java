package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.update.UpdateAction;
import org.newskg.facts.ArticleFacts;
import org.newskg.map.FactsMapper;
import org.newskg.map.IriScheme;
import org.newskg.store.LoadResult.Outcome;
import org.newskg.validate.ShapeViolationException;
import org.newskg.validate.Violations;
import org.newskg.vocab.NKG;

/**
 * A TDB2 dataset on disk holding newskg articles, one named graph per article.
 * <p>
 * Articles are written whole, one or a batch of them per transaction: an article's old graph
 * (if any) is dropped and the new one written, so a re-load replaces rather than duplicates,
 * and a crash leaves either the old article or the new one, never a mix. Input whose content hash matches the
 * stored one is skipped. Entailments of the ontology are materialized as the data is written.
 *
 * <pre>
 *   ArticleStore store = ArticleStore.open(Path.of("data"));
 *   store.load(facts);
 * </pre>
 * TDB2 keeps one connection per directory for the whole JVM (a server in the same process
 * shares it), so a store is not closed; another process is kept out by TDB2's lock file.
 */
public final class ArticleStore implements ArticleTarget {
    private final Path location;
    private final DatasetGraph dataset;
    private final ArticleMapping mapping;

    private ArticleStore(Path location, DatasetGraph dataset, FactsMapper mapper) {
        this.location = location;
        this.dataset = dataset;
        this.mapping = new ArticleMapping(mapper);
    }

    /** Opens (creating if needed) the dataset in {@code dir} with the standard IRIs. */
    public static ArticleStore open(Path dir) {
        return open(dir, new FactsMapper(IriScheme.standard()));
    }

    public static ArticleStore open(Path dir, FactsMapper mapper) {
        return new ArticleStore(dir, connect(dir), mapper);
    }

    /**
     * Connects to TDB2 in {@code dir}, turning Jena's failures into messages a user can act on.
     * TDB2 takes a process lock on the directory, so a second process gets "in use".
     */
    public static DatasetGraph connect(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw new StoreException("dataset location " + dir + " is a file, not a directory");
        if (Files.isDirectory(dir) && !isEmpty(dir) && !looksLikeTdb2(dir))
            throw new StoreException("dataset location " + dir + " holds files that are not a TDB2 dataset");
        try {
            return DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (RuntimeException e) {
            // TDB2's process lock: AlreadyLocked, or its "Failed to get a lock ... held by process N"
            for (Throwable t = e; t != null; t = t.getCause())
                if (t instanceof org.apache.jena.dboe.base.file.AlreadyLocked
                        || String.valueOf(t.getMessage()).startsWith("Failed to get a lock"))
                    throw new StoreException("dataset " + dir + " is in use by another process; stop it (or the server) first", e);
            throw new StoreException("cannot open dataset " + dir + ": " + e.getMessage(), e);
        }
    }

    /** TDB2 keeps its data in {@code Data-NNNN} folders beside a {@code tdb.lock} file. */
    private static boolean looksLikeTdb2(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-")
                    || p.getFileName().toString().equals("tdb.lock"));
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read dataset location " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read dataset location " + dir + ": " + e.getMessage(), e);
        }
    }

    public DatasetGraph datasetGraph() {
        return dataset;
    }

    @Override
    public ArticleMapping mapping() {
        return mapping;
    }

    /**
     * Writes one article in its own transaction, replacing any earlier version of it. The
     * article was mapped and checked against the shapes in memory: one that breaks them is
     * refused with {@link ShapeViolationException} and nothing is written.
     */
    @Override
    public LoadResult write(MappedArticle article) {
        if (isLoaded(article.id(), article.facts().contentHash()))
            return new LoadResult(article.id(), Outcome.UNCHANGED, 0);   // a read transaction, not a write
        return writeAll(List.of(article)).get(0);
    }

    /**
     * Writes the articles in one transaction, so a batch costs one durable commit: all of them
     * or, after a crash or a failure, none. Each replaces its earlier version; one already
     * stored from the same input is left alone. If any breaks the shapes, nothing is written.
     */
    @Override
    public List<LoadResult> writeAll(List<MappedArticle> articles) {
        articles.forEach(MappedArticle::requireConforming);
        return Txn.calculateWrite(dataset, () -> {
            List<LoadResult> results = articles.stream().map(this::replace).toList();
            if (articles.stream().anyMatch(a -> a.facts().entities().stream().anyMatch(e -> e.partOf() != null)))
                closePartOf();
            return results;
        });
    }

    /** One article's graph replaced, inside the caller's write transaction. */
    private LoadResult replace(MappedArticle article) {
        String id = article.id();
        if (holds(id, article.facts().contentHash()))
            return new LoadResult(id, Outcome.UNCHANGED, 0);
        Node graphName = mapping.iris().articleGraph(id);
        boolean existed = !dataset.getGraph(graphName).isEmpty();
        if (existed)
            dataset.removeGraph(graphName);
        long quads = 0;
        for (var it = article.quads().find(); it.hasNext(); quads++)
            dataset.add(it.next());
        return new LoadResult(id, existed ? Outcome.REPLACED : Outcome.ADDED, quads);
    }

    /**
     * Loads every article that fits the shapes, one transaction each, and hands the others to
     * {@code rejected} with their violations: a batch that goes on past its bad articles.
     */
    public LoadSummary loadEach(List<ArticleFacts> articles, Consumer<LoadResult> progress,
                                java.util.function.BiConsumer<ArticleFacts, Violations> rejected) {
        loadOntology();
        LoadSummary summary = LoadSummary.EMPTY;
        for (ArticleFacts a : articles) {
            try {
                LoadResult r = load(a);
                summary = summary.plus(r);
                progress.accept(r);
            } catch (ShapeViolationException e) {
                rejected.accept(a, e.violations());
            }
        }
        return summary;
    }

    @Override
    public boolean isLoaded(String articleId, String contentHash) {
        if (contentHash == null)
            return false;
        return Txn.calculateRead(dataset, () -> holds(articleId, contentHash));
    }

    /** Whether the article is stored with this content hash, inside the caller's transaction. */
    private boolean holds(String articleId, String contentHash) {
        if (contentHash == null)
            return false;
        Node graphName = mapping.iris().articleGraph(articleId);
        Node article = mapping.iris().article(articleId);
        return dataset.contains(graphName, article, NKG.contentHash.asNode(), NodeFactory.createLiteralString(contentHash));
    }

    /** Closes part-of links over the entities graph, in a transaction of its own: after a bulk load. */
    public void closeEntities() {
        Txn.executeWrite(dataset, this::closePartOf);
    }

    /**
     * Materializes the transitivity of {@code nkg:partOf} (and its inverse) in the entities
     * graph, where part-whole links of places and state bodies live: a district of a region of
     * a state is part of the state. Repeated until nothing new follows, inside the caller's
     * write transaction.
     */
    private void closePartOf() {
        Node g = mapping.iris().entitiesGraph();
        String update = """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                INSERT { GRAPH <%s> { ?a nkg:partOf ?c . ?c nkg:hasPart ?a } }
                WHERE  { GRAPH <%s> { ?a nkg:partOf ?b . ?b nkg:partOf ?c
                                      FILTER (?a != ?c) FILTER NOT EXISTS { ?a nkg:partOf ?c } } }
                """.formatted(g.getURI(), g.getURI());
        long size;
        do {
            size = dataset.getGraph(g).size();
            UpdateAction.parseExecute(update, dataset);
        } while (dataset.getGraph(g).size() != size);
    }

    /** Puts the ontology in its own graph (replacing an older copy), so queries can read labels of terms. */
    @Override
    public void loadOntology() {
        Node g = mapping.iris().ontologyGraph();
        Txn.executeWrite(dataset, () -> {
            dataset.removeGraph(g);
            mapping.ontologyQuads().forEachRemaining(dataset::add);
        });
    }

    /** Number of articles in the dataset. */
    public long articleCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), NKG.Article.asNode());
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }
}
