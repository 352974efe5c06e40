package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.Fixtures;
import org.newskg.map.IriScheme;
import org.newskg.store.ArticleStore;

class SssomTest {
    @TempDir
    Path dir;

    @Test
    void exportedMappingsReadBackTheSame() throws Exception {
        DatasetGraph dsg = dataset();
        Linker.create(dsg).run();
        List<Mapping> exported = new MappingSet(dsg, IriScheme.standard()).export(false);
        assertTrue(exported.size() >= 10, "facts-file links and gazetteer links: " + exported.size());
        Path file = dir.resolve("links.sssom.tsv");
        try (var w = Files.newBufferedWriter(file)) {
            Sssom.write(exported, w);
        }
        String text = Files.readString(file);
        for (String meta : List.of("#curie_map:", "#mapping_set_id:", "#license:"))
            assertTrue(text.contains(meta), meta);
        assertTrue(text.contains("nkgid:Q159\tRussia\tskos:exactMatch\t\twikidata:Q159"), text);
        List<Mapping> read = Sssom.read(file);
        assertEquals(exported.size(), read.size());
        assertEquals(exported.stream().map(m -> m.subject() + " " + m.qid() + " " + m.justification()).sorted().toList(),
                     read.stream().map(m -> m.subject() + " " + m.qid() + " " + m.justification()).sorted().toList());
    }

    @Test
    void reviewedMappingsOverrideAutomaticOnes() throws Exception {
        DatasetGraph dsg = dataset();
        Linker.create(dsg).run();   // links "Russian Federation" to Q159 from the gazetteer
        Path reviewed = dir.resolve("reviewed.sssom.tsv");
        Files.writeString(reviewed, """
                #curie_map:
                #  nkgid: https://w3id.org/newskg/id/
                #  wikidata: http://www.wikidata.org/entity/
                #mapping_set_id: https://example.org/review-1
                #license: https://creativecommons.org/publicdomain/zero/1.0/
                subject_id\tpredicate_id\tpredicate_modifier\tobject_id\tmapping_justification\tconfidence
                nkgid:state/russian-federation\tskos:exactMatch\tNot\twikidata:Q159\tsemapv:ManualMappingCuration\t1.0
                nkgid:state/narnia\tskos:exactMatch\t\twikidata:Q99990099\tsemapv:ManualMappingCuration\t0.9
                """);
        new MappingSet(dsg, IriScheme.standard()).importCurated(Sssom.read(reviewed));
        assertEquals(List.of(), links(dsg, "state/russian-federation"), "the curator's 'not Q159' removed the automatic link");
        assertEquals(List.of("Q99990099"), links(dsg, "state/narnia"));
        // and link leaves reviewed entities alone
        LinkReport again = Linker.create(dsg).run();
        assertEquals(List.of(), links(dsg, "state/russian-federation"));
        assertTrue(again.unlinked().stream().noneMatch(l -> l.equals("Russian Federation") || l.equals("Narnia")), again.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "subject_id\\tpredicate_id\\tobject_id                                                    | lacks the required column mapping_justification",
        "subject_id\\tpredicate_id\\tobject_id\\tmapping_justification\\nnkgid:Q1\\tskos:exactMatch\\twikidata:China\\tsemapv:ManualMappingCuration | line 3: object_id wikidata:China is not a Wikidata item",
        "subject_id\\tpredicate_id\\tobject_id\\tmapping_justification\\nnkgid:Q1\\towl:sameAs\\twikidata:Q1\\tsemapv:ManualMappingCuration | uses a prefix not in the curie_map",
        "subject_id\\tpredicate_id\\tobject_id\\tmapping_justification\\nhttps://example.org/x\\tskos:exactMatch\\twikidata:Q1\\tsemapv:ManualMappingCuration | is not a newskg entity",
        "subject_id\\tpredicate_id\\tobject_id\\tmapping_justification\\tconfidence\\nnkgid:Q1\\tskos:exactMatch\\twikidata:Q1\\tsemapv:ManualMappingCuration\\t7 | confidence 7 is not a number from 0 to 1",
        "subject_id\\tpredicate_id\\tobject_id\\tmapping_justification\\nnkgid:Q1\\tskos:exactMatch\\twikidata:Q1 | 3 cells, the header has 4",
    })
    void badFilesAreRefusedNamingTheLine(String content, String expected) throws Exception {
        Path file = dir.resolve("bad.sssom.tsv");
        Files.writeString(file, "#mapping_set_id: x\n" + content.replace("\\t", "\t").replace("\\n", "\n") + "\n");
        SssomException e = assertThrows(SssomException.class, () -> Sssom.read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    private DatasetGraph dataset() {
        ArticleStore store = ArticleStore.open(dir.resolve("db"));
        store.loadAll(List.of(Fixtures.seed(), Fixtures.read(Fixtures.FACTS.resolve("linking").resolve("unlinked.facts.json"))), r -> {});
        return store.datasetGraph();
    }

    private static List<String> links(DatasetGraph dsg, String path) {
        Node e = NodeFactory.createURI(IriScheme.DEFAULT_BASE + "id/" + path);
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new java.util.ArrayList<>();
            dsg.find(Node.ANY, e, SKOS.exactMatch.asNode(), Node.ANY)
               .forEachRemaining(q -> out.add(q.getObject().getURI().substring(q.getObject().getURI().lastIndexOf('/') + 1)));
            return out;
        });
    }
}
