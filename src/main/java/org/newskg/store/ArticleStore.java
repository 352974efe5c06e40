package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.update.UpdateAction;
import org.newskg.facts.ArticleFacts;
import org.newskg.map.Entailments;
import org.newskg.map.FactsMapper;
import org.newskg.map.IriScheme;
import org.newskg.ontology.Ontology;
import org.newskg.store.LoadResult.Outcome;
import org.newskg.validate.ShapeViolationException;
import org.newskg.validate.Shapes;
import org.newskg.validate.Violations;
import org.newskg.vocab.NKG;

/**
 * A TDB2 dataset on disk holding newskg articles, one named graph per article.
 * <p>
 * Each article is written in a transaction of its own: its old graph (if any) is dropped and
 * the new one written, so a re-load replaces rather than duplicates, and a crash leaves
 * either the old article or the new one, never a mix. Input whose content hash matches the
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
    private final FactsMapper mapper;
    private final Entailments entailments;
    private final Shapes shapes;

    private ArticleStore(Path location, DatasetGraph dataset, FactsMapper mapper) {
        this.location = location;
        this.dataset = dataset;
        this.mapper = mapper;
        this.entailments = Entailments.of(Ontology.model());
        this.shapes = Shapes.standard();
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

    /**
     * Writes one article in its own transaction, replacing any earlier version of it. The
     * article's quads are mapped and checked against the shapes first, in memory: an article
     * that breaks them is refused with {@link ShapeViolationException} and nothing is written.
     */
    @Override
    public LoadResult load(ArticleFacts facts, boolean checked) {
        String id = facts.article().id();
        if (isLoaded(id, facts.contentHash()))
            return new LoadResult(id, Outcome.UNCHANGED, 0);
        Node graphName = mapper.iris().articleGraph(id);
        DatasetGraph staged = stage(facts);
        if (!checked) {
            Violations violations = shapes.validate(staged.getUnionGraph());
            if (!violations.conforms())
                throw new ShapeViolationException("article " + id, violations);
        }

        return Txn.calculateWrite(dataset, () -> {
            boolean existed = !dataset.getGraph(graphName).isEmpty();
            if (existed)
                dataset.removeGraph(graphName);
            long quads = 0;
            for (var it = staged.find(); it.hasNext(); quads++)
                dataset.add(it.next());
            if (facts.entities().stream().anyMatch(e -> e.partOf() != null))
                closePartOf();
            return new LoadResult(id, existed ? Outcome.REPLACED : Outcome.ADDED, quads);
        });
    }

    /** The article's quads with their entailments, in memory. */
    private DatasetGraph stage(ArticleFacts facts) {
        return mapper.toDataset(facts, entailments);
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
        Node graphName = mapper.iris().articleGraph(articleId);
        Node article = mapper.iris().article(articleId);
        Node hash = NodeFactory.createLiteralString(contentHash);
        return Txn.calculateRead(dataset, () -> dataset.contains(graphName, article, NKG.contentHash.asNode(), hash));
    }

    @Override
    public Violations check(ArticleFacts facts) {
        return shapes.validate(stage(facts).getUnionGraph());
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
        Node g = mapper.iris().entitiesGraph();
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
        Node g = mapper.iris().ontologyGraph();
        Txn.executeWrite(dataset, () -> {
            dataset.removeGraph(g);
            Ontology.model().getGraph().find().forEachRemaining(t -> dataset.add(Quad.create(g, t)));
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
