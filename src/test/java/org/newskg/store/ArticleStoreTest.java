package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Fixtures;
import org.newskg.facts.Article;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Entity;
import org.newskg.map.IriScheme;
import org.newskg.store.LoadResult.Outcome;
import org.newskg.vocab.NKG;

/** Against a real TDB2 dataset on disk. */
class ArticleStoreTest {
    @TempDir
    Path dir;

    private final IriScheme iris = IriScheme.standard();

    @Test
    void loadsOneGraphPerArticleAndNothingIntoTheDefaultGraph() {
        ArticleStore store = ArticleStore.open(dir);
        store.loadAll(List.of(Fixtures.seed(), Fixtures.minimal()), r -> {});
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> {
            assertTrue(dsg.getDefaultGraph().isEmpty(), "the stored default graph stays empty");
            assertFalse(dsg.getGraph(iris.articleGraph("000_1c78fd6e59ff975b")).isEmpty());
            assertFalse(dsg.getGraph(iris.articleGraph("fixture-minimal")).isEmpty());
            assertFalse(dsg.getGraph(iris.entitiesGraph()).isEmpty());
            assertFalse(dsg.getGraph(iris.ontologyGraph()).isEmpty());
        });
        assertEquals(2, store.articleCount());
        assertTrue(Files.isDirectory(dir.resolve("Data-0001")), "a TDB2 database on disk");
    }

    @Test
    void loadingAgainDuplicatesNothing() {
        ArticleStore store = ArticleStore.open(dir);
        assertEquals(Outcome.ADDED, store.load(Fixtures.seed()).outcome());
        long quads = countQuads(store.datasetGraph());
        assertEquals(Outcome.UNCHANGED, store.load(Fixtures.seed()).outcome());
        assertEquals(quads, countQuads(store.datasetGraph()));
    }

    @Test
    void changedInputReplacesTheArticleWholly() {
        ArticleStore store = ArticleStore.open(dir);
        ArticleFacts seed = Fixtures.seed();
        store.load(seed);
        Node graph = iris.articleGraph(seed.article().id());
        long before = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().getGraph(graph).size());

        // the same article with one trade flow fewer, as a corrected facts file would be
        ArticleFacts corrected = Fixtures.seedCorrected();
        assertEquals(Outcome.REPLACED, store.load(corrected).outcome());
        Txn.executeRead(store.datasetGraph(), () -> {
            long after = store.datasetGraph().getGraph(graph).size();
            assertTrue(after < before, "the removed flow is gone: " + after + " < " + before);
            Node removed = iris.fact(seed.article().id(), seed.tradeFlows().get(0).id());
            assertFalse(store.datasetGraph().contains(Node.ANY, removed, Node.ANY, Node.ANY));
        });
        assertEquals(1, store.articleCount());
    }

    @Test
    void aFailingArticleLeavesTheDatasetAsItWas() {
        ArticleStore store = ArticleStore.open(dir);
        ArticleFacts seed = Fixtures.seed();
        store.load(seed);
        long quads = countQuads(store.datasetGraph());

        // a version whose mapping fails half-way (an entity of a type the mapper does not know)
        Entity broken = new Entity("ghost", "Spaceship", "Ghost", null, null, null, null, null, null);
        List<Entity> entities = new java.util.ArrayList<>(seed.entities());
        entities.add(broken);
        Article article = seed.article();
        ArticleFacts bad = new ArticleFacts(article, seed.extractor(), entities, seed.leadership(), seed.events(),
                seed.agreements(), seed.allegations(), seed.statements(), seed.tradeFlows(), "different-hash");
        assertThrows(IllegalArgumentException.class, () -> store.load(bad));

        assertEquals(quads, countQuads(store.datasetGraph()), "nothing of the failed load remains, nothing old is lost");
        Txn.executeRead(store.datasetGraph(), () -> assertTrue(store.datasetGraph().contains(
                iris.articleGraph(article.id()), iris.article(article.id()), NKG.contentHash.asNode(),
                org.apache.jena.graph.NodeFactory.createLiteralString(seed.contentHash()))));
    }

    @Test
    void aBatchWithAnArticleBreakingTheShapesIsRefusedWhole() {
        ArticleStore store = ArticleStore.open(dir);
        store.load(Fixtures.minimal());
        long quads = countQuads(store.datasetGraph());
        ArticleFacts bad = Fixtures.breakingTheShapes();
        var e = assertThrows(org.newskg.validate.ShapeViolationException.class,
                             () -> store.loadAll(List.of(Fixtures.seed(), bad), r -> {}));
        assertTrue(e.getMessage().contains("a meeting has participants"), e.getMessage());
        assertEquals(quads, countQuads(store.datasetGraph()), "not even the good article of the batch was written");
        assertThrows(org.newskg.validate.ShapeViolationException.class, () -> store.load(bad));
        assertEquals(quads, countQuads(store.datasetGraph()));
    }

    @Test
    void aBatchIsWrittenInOneTransactionWithEachArticlesOutcome() {
        ArticleStore store = ArticleStore.open(dir);
        store.load(Fixtures.minimal());
        ArticleFacts seed = Fixtures.seed();
        store.load(seed);
        ArticleFacts corrected = Fixtures.seedCorrected();
        ArticleFacts other = Fixtures.read(Fixtures.FACTS.resolve("linking").resolve("unlinked.facts.json"));
        var coordinator = org.apache.jena.tdb2.sys.TDBInternal.getTransactionCoordinator(store.datasetGraph());
        long writesBefore = coordinator.countBeginWrite();

        List<LoadResult> results = store.writeAll(List.of(store.map(Fixtures.minimal()), store.map(corrected), store.map(other)));

        assertEquals(List.of(Outcome.UNCHANGED, Outcome.REPLACED, Outcome.ADDED), results.stream().map(LoadResult::outcome).toList());
        assertEquals(1, coordinator.countBeginWrite() - writesBefore, "one write transaction for the batch");
        assertEquals(3, store.articleCount());
        assertTrue(store.isLoaded(seed.article().id(), corrected.contentHash()));
    }

    @Test
    void aBatchOfMappedArticlesWithOneBreakingTheShapesWritesNothing() {
        ArticleStore store = ArticleStore.open(dir);
        store.load(Fixtures.minimal());
        long quads = countQuads(store.datasetGraph());
        ArticleFacts bad = Fixtures.breakingTheShapes();
        assertThrows(org.newskg.validate.ShapeViolationException.class,
                     () -> store.writeAll(List.of(store.map(Fixtures.seed()), store.map(bad))));
        assertEquals(quads, countQuads(store.datasetGraph()));
    }

    @Test
    void partOfIsTransitiveAcrossArticles() throws Exception {
        ArticleStore store = ArticleStore.open(dir);
        store.load(read("""
                {"format": "newskg-facts/1.0", "article": {"id": "a1", "language": "en", "text": "Sumy region lies in Ukraine."},
                 "entities": [{"id": "ua", "type": "State", "name": "Ukraine", "wikidata": "Q212"},
                              {"id": "sumy", "type": "Place", "name": "Sumy region", "partOf": "ua"}]}"""));
        store.load(read("""
                {"format": "newskg-facts/1.0", "article": {"id": "a2", "language": "en", "text": "Okhtyrka lies in Sumy region."},
                 "entities": [{"id": "sumy", "type": "Place", "name": "Sumy region"},
                              {"id": "okhtyrka", "type": "Place", "name": "Okhtyrka", "partOf": "sumy"}]}"""));
        Node okhtyrka = org.apache.jena.graph.NodeFactory.createURI(IriScheme.DEFAULT_BASE + "id/place/okhtyrka");
        Node ukraine = org.apache.jena.graph.NodeFactory.createURI(IriScheme.DEFAULT_BASE + "id/Q212");
        Txn.executeRead(store.datasetGraph(), () -> {
            assertTrue(store.datasetGraph().contains(iris.entitiesGraph(), okhtyrka, NKG.partOf.asNode(), ukraine));
            assertTrue(store.datasetGraph().contains(iris.entitiesGraph(), ukraine, NKG.hasPart.asNode(), okhtyrka));
        });
    }

    private static ArticleFacts read(String json) throws Exception {
        return org.newskg.facts.FactsReader.standard().read("inline.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void refusesADirectoryThatIsNotADataset() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not a database");
        StoreException e = assertThrows(StoreException.class, () -> ArticleStore.open(dir));
        assertTrue(e.getMessage().contains("not a TDB2 dataset"), e.getMessage());
        Path file = dir.resolve("notes.txt");
        assertTrue(assertThrows(StoreException.class, () -> ArticleStore.open(file)).getMessage().contains("is a file"));
    }

    private static long countQuads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find(Quad.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }
}
