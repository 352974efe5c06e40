package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.Fixtures;
import org.newskg.store.ArticleStore;

/** The commands as a script drives them: exit codes, data on stdout, messages on stderr. */
class CliTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = { "validate", "map", "load", "query", "serve", "ontology", "link", "mappings", "evaluate-links",
                             "extract", "ingest", "evaluate", "bench", "export", "restore", "generate", "loadtest", "compact" })
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: newskg " + command), run.out());
    }

    @Test
    void validateAcceptsTheBundledArticles() {
        CliRun run = CliRun.of("validate", "articles");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("000_1c78fd6e59ff975b.facts.json: valid"));
    }

    @Test
    void validateNamesFileAndPathOfAProblem() {
        Path bad = Fixtures.INVALID.resolve("undefined-entity.facts.json");
        CliRun run = CliRun.of("validate", bad.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(bad + ": $.events[0].participants[1].entity: refers to 'lukashenko'"), run.err());
    }

    @Test
    void aBatchWithABadFileLoadsNothing() throws Exception {
        Path data = tmp.resolve("db");
        assertEquals(0, CliRun.of("load", "--data", data.toString(), Fixtures.MINIMAL.toString()).exitCode());
        long before = ArticleStore.open(data).articleCount();

        Path batch = Files.createDirectories(tmp.resolve("batch"));
        Files.copy(Fixtures.SEED, batch.resolve("seed.facts.json"));
        Files.copy(Fixtures.ARTICLES.resolve("000_1c78fd6e59ff975b.txt"), batch.resolve("000_1c78fd6e59ff975b.txt"));
        Files.copy(Fixtures.INVALID.resolve("impossible-date.facts.json"), batch.resolve("zz-bad.facts.json"));
        CliRun run = CliRun.of("load", "--data", data.toString(), batch.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("zz-bad.facts.json: $.events[0].date: '2025-02-30' is not a real date"), run.err());
        assertTrue(run.err().contains("nothing loaded"), run.err());
        assertEquals(before, ArticleStore.open(data).articleCount(), "the dataset is as it was");
    }

    @Test
    void mapWritesAFileThatParses() {
        Path out = tmp.resolve("seed.nq");
        CliRun run = CliRun.of("map", "--format", "nquads", "-o", out.toString(), "articles");
        assertEquals(0, run.exitCode(), run.err());
        DatasetGraph dsg = RDFParser.source(out).toDatasetGraph();
        assertTrue(dsg.listGraphNodes().hasNext());
    }

    @Test
    void mapToStandardOutputAndUnknownSyntax() {
        CliRun run = CliRun.of("map", "-f", "ttl", Fixtures.MINIMAL.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("nkg:Meeting"), run.out());
        assertTrue(run.err().contains("no named graphs"), "a note that graphs are merged");
        assertEquals(2, CliRun.of("map", "-f", "docx", Fixtures.MINIMAL.toString()).exitCode());
    }

    @Test
    void queryPrintsCsvAndBindsParameters() {
        Path data = tmp.resolve("db");
        assertEquals(0, CliRun.of("load", "--data", data.toString(), "articles").exitCode());
        CliRun flows = CliRun.of("query", "--data", data.toString(), "-f", "csv", "queries/trade-flows.rq");
        assertEquals(0, flows.exitCode(), flows.err());
        assertTrue(flows.out().startsWith("goods,exporter,importer,article"), flows.out());
        assertTrue(flows.out().contains("oil,Russia,China,"), flows.out());

        CliRun china = CliRun.of("query", "--data", data.toString(), "-f", "tsv", "-p", "name=china", "queries/state-profile.rq");
        assertEquals(0, china.exitCode(), china.err());
        assertTrue(china.out().contains("\"Allegation by Western countries against China: unilateralism"), china.out());
        assertFalse(china.out().contains("Allegation by Ukraine against Russia"), "facts about Russia only stay out");
    }

    @Test
    void queryErrorsAreMessagesNotStackTraces() {
        CliRun syntax = CliRun.of("query", "--data", "articles", "SELECT * WHERE { ?s ?p }");
        assertEquals(1, syntax.exitCode());
        assertTrue(syntax.err().startsWith("newskg: "), syntax.err());
        assertFalse(syntax.err().contains("\tat "), "no stack trace");
        CliRun missing = CliRun.of("query", "--data", tmp.resolve("nothing").toString(), "queries/trade-flows.rq");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no dataset at"), missing.err());
    }

    @Test
    void linkOfflineThenExportAndImportMappings() throws Exception {
        Path data = tmp.resolve("db");
        assertEquals(0, CliRun.of("load", "--data", data.toString(), "src/test/resources/facts/linking").exitCode());
        CliRun link = CliRun.of("link", "--data", data.toString(), "--offline");
        assertEquals(0, link.exitCode(), link.err());
        assertTrue(link.err().contains("2 linked from the gazetteer"), link.err());

        Path sssom = tmp.resolve("links.sssom.tsv");
        CliRun export = CliRun.of("mappings", "export", "--data", data.toString(), "-o", sssom.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(Files.readString(sssom).contains("nkgid:organization/nato\tNATO\tskos:exactMatch\t\twikidata:Q7184"), Files.readString(sssom));

        Path bad = tmp.resolve("bad.sssom.tsv");
        Files.writeString(bad, "subject_id\tpredicate_id\tobject_id\tmapping_justification\nnkgid:x\tskos:exactMatch\twikidata:nope\tsemapv:ManualMappingCuration\n");
        CliRun refused = CliRun.of("mappings", "import", "--data", data.toString(), bad.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("line 2: object_id wikidata:nope is not a Wikidata item"), refused.err());
        assertEquals(0, CliRun.of("mappings", "import", "--data", data.toString(), sssom.toString()).exitCode());
    }

    @Test
    void linkAgainstAnUnreachableEndpointGoesOnOffline() {
        Path data = tmp.resolve("db");
        assertEquals(0, CliRun.of("load", "--data", data.toString(), "src/test/resources/facts/linking").exitCode());
        CliRun link = CliRun.of("link", "--data", data.toString(), "--endpoint", "http://localhost:1/sparql",
                                "--cache", tmp.resolve("cache").toString(), "--timeout-s", "2");
        assertEquals(0, link.exitCode(), link.err());
        assertTrue(link.err().contains("going on offline"), link.err());
        assertTrue(link.err().contains("2 linked from the gazetteer"), link.err());
        assertFalse(link.err().contains("\tat "), "no stack trace");
    }

    @Test
    void keepGoingLoadsTheGoodFilesAndListsTheBadOnes() throws Exception {
        Path data = tmp.resolve("db");
        Path batch = Files.createDirectories(tmp.resolve("batch"));
        Files.copy(Fixtures.MINIMAL, batch.resolve("a-good.facts.json"));
        Files.copy(Fixtures.INVALID.resolve("binary.facts.json"), batch.resolve("b-binary.facts.json"));
        Files.copy(Fixtures.INVALID.resolve("span-outside-text.facts.json"), batch.resolve("c-span.facts.json"));
        Files.copy(Fixtures.FACTS.resolve("shapes").resolve("meeting-without-participants.facts.json"), batch.resolve("d-shapes.facts.json"));
        Path rejects = tmp.resolve("rejects.tsv");
        CliRun run = CliRun.of("load", "--data", data.toString(), "--keep-going", "--rejects", rejects.toString(), batch.toString());
        assertEquals(1, run.exitCode(), "some files were refused");
        assertTrue(run.err().contains("1 added") && run.err().contains("3 refused"), run.err());
        assertEquals(1, ArticleStore.open(data).articleCount(), "the good article is in, nothing of the bad ones");
        String report = Files.readString(rejects);
        assertTrue(report.contains("b-binary.facts.json\t$\tnot valid UTF-8"), report);
        assertTrue(report.contains("c-span.facts.json\t$.events[0].evidence[0]\tspan"), report);
        assertTrue(report.contains("fixture-meeting-without-participants\t\t") && report.contains("a meeting has participants"), report);
    }
}
