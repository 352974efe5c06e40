package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Fixtures;

/** Backup (an N-Quads dump) and restore (TDB2's bulk loader) round-trip to an isomorphic dataset. */
class RestoreTest {
    @TempDir
    Path dir;

    @Test
    void aDumpRestoresToAnIsomorphicDataset() throws Exception {
        ArticleStore store = ArticleStore.open(dir.resolve("original"));
        store.loadAll(List.of(Fixtures.seed(), Fixtures.minimal()), r -> {});
        Path dump = dir.resolve("backup.nq");
        try (var out = Files.newOutputStream(dump)) {
            Txn.executeRead(store.datasetGraph(), () -> RDFDataMgr.write(out, store.datasetGraph(), RDFFormat.NQUADS));
        }
        Restore.into(dir.resolve("restored"), List.of(dump), line -> {});
        DatasetGraph restored = ArticleStore.connect(dir.resolve("restored"));
        DatasetGraph a = copy(store.datasetGraph()), b = copy(restored);
        assertTrue(IsoMatcher.isomorphic(a, b), "the same graphs, blank nodes aside");
        assertTrue(b.listGraphNodes().hasNext());
    }

    @Test
    void aBrokenDumpLeavesNothingBehindAndATakenPlaceIsRefused() throws Exception {
        Path dump = dir.resolve("broken.nq");
        Files.writeString(dump, "<urn:a> <urn:b> <urn:c> <urn:g> .\n<urn:a> <urn:b> \"unterminated <urn:g> .\n");
        Path target = dir.resolve("restored");
        assertThrows(StoreException.class, () -> Restore.into(target, List.of(dump), line -> {}));
        assertFalse(Files.exists(target) && Files.list(target).findAny().isPresent(), "no half-loaded dataset");
        assertEquals(List.of("broken.nq"), siblings(), "nor the folder it was built in");

        Path taken = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(taken.resolve("something"), "x");
        StoreException e = assertThrows(StoreException.class, () -> Restore.into(taken, List.of(dump), line -> {}));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }

    @Test
    void theDatasetAppearsOnlyWhenCompleteAndAFailedFinishingStepLeavesNothing() throws Exception {
        ArticleStore store = ArticleStore.open(dir.resolve("original"));
        store.load(Fixtures.minimal());
        Path dump = dir.resolve("backup.nq");
        try (var out = Files.newOutputStream(dump)) {
            Txn.executeRead(store.datasetGraph(), () -> RDFDataMgr.write(out, store.datasetGraph(), RDFFormat.NQUADS));
        }
        Path target = dir.resolve("restored");
        java.util.concurrent.atomic.AtomicReference<Path> builtIn = new java.util.concurrent.atomic.AtomicReference<>();
        assertThrows(StoreException.class, () -> Restore.into(target, List.of(dump), line -> {}, built -> {
            builtIn.set(built);
            assertFalse(Files.exists(target), "nothing at the target while the dataset is being built");
            throw new IllegalStateException("closure failed");
        }));
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(builtIn.get()), "the folder it was built in is removed");

        Files.createDirectories(target);   // an empty folder is a new place too
        Restore.into(target, List.of(dump), line -> {});
        assertTrue(Files.isDirectory(target.resolve("Data-0001")));
        assertEquals(List.of("backup.nq", "original", "restored"), siblings(), "no building folder left beside it");
    }

    private List<String> siblings() throws java.io.IOException {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph mem = DatasetGraphFactory.createGeneral();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(mem::add));
        return mem;
    }
}
