package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.Passwords;
import org.newskg.serve.ServerConfig;
import org.newskg.synth.ArticleGenerator;

/** generate, load --endpoint and loadtest, on a small scale. */
class ScaleCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void generatedArticlesAreValidFactsAndDeterministic() throws Exception {
        Path out = tmp.resolve("gen");
        assertEquals(0, CliRun.of("generate", "--count", "5", "--seed", "3", "--out", out.toString()).exitCode());
        CliRun valid = CliRun.of("validate", out.toString());
        assertEquals(0, valid.exitCode(), valid.err());
        assertEquals(new ArticleGenerator(3).article(2).article().text(), new ArticleGenerator(3).article(2).article().text());
        Path nq = tmp.resolve("gen.nq");
        assertEquals(0, CliRun.of("generate", "--count", "5", "--seed", "3", "--nquads", nq.toString()).exitCode());
        assertTrue(RDFParser.source(nq).toDatasetGraph().listGraphNodes().hasNext());
    }

    @Test
    void generatedRawArticlesIngestInBulk() throws Exception {
        Path jsonl = tmp.resolve("raw.jsonl");
        assertEquals(0, CliRun.of("generate", "--count", "20", "--jsonl", jsonl.toString()).exitCode());
        CliRun ingest = CliRun.of("ingest", "--bulk", "--data", tmp.resolve("db").toString(), jsonl.toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        assertEquals(20, org.newskg.store.ArticleStore.open(tmp.resolve("db")).articleCount());
    }

    @Test
    void benchmarksReportARatioToTheirBaseline() throws Exception {
        // tiny sizes: this checks that the commands work and say what they compare, not speed
        CliRun extract = CliRun.of("bench", "extract", "--megabytes", "0.05");
        assertEquals(0, extract.exitCode(), extract.err());
        assertTrue(extract.out().contains("| OpenNLP tokenizer alone (baseline) |") && extract.out().contains("seed-sized articles/s"), extract.out());
        CliRun load = CliRun.of("bench", "load", "--articles", "30", "--work", tmp.resolve("bench").toString());
        assertEquals(0, load.exitCode(), load.err());
        assertTrue(load.out().contains("| TDB2 parallel loader alone (the limit) |") && load.out().contains("ratio"), load.out());
        CliRun ingest = CliRun.of("bench", "ingest", "--articles", "12", "--batch", "5", "--work", tmp.resolve("bench-ingest").toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        assertTrue(ingest.out().startsWith("12 articles") && ingest.out().contains("| one transaction per article (the baseline) |")
                   && ingest.out().contains("at most 5 articles per transaction"), ingest.out());
        try (var left = Files.list(tmp.resolve("bench-ingest"))) {
            assertEquals(0, left.count(), "the bench's datasets and input are removed");
        }
    }

    @Test
    void compactionReclaimsTheSpaceOfReplacedArticlesAndKeepsTheData() throws Exception {
        Path data = tmp.resolve("db");
        Path gen = tmp.resolve("gen");
        assertEquals(0, CliRun.of("generate", "--count", "30", "--out", gen.toString()).exitCode());
        assertEquals(0, CliRun.of("load", "--data", data.toString(), gen.toString()).exitCode());
        // replace every article once: TDB2 keeps the old versions until compaction
        for (Path f : Files.list(gen).toList())
            Files.writeString(f, Files.readString(f).replace("Synthetic article", "Synthetic article, revised"));
        assertEquals(0, CliRun.of("load", "--data", data.toString(), gen.toString()).exitCode());
        long articles = org.newskg.store.ArticleStore.open(data).articleCount();
        CliRun compact = CliRun.of("compact", "--data", data.toString());
        assertEquals(0, compact.exitCode(), compact.err());
        var m = java.util.regex.Pattern.compile("([0-9,]+) bytes before, ([0-9,]+) after").matcher(compact.err());
        assertTrue(m.find(), compact.err());
        assertTrue(Long.parseLong(m.group(2).replace(",", "")) < Long.parseLong(m.group(1).replace(",", "")), compact.err());
        assertEquals(articles, org.newskg.store.ArticleStore.open(data).articleCount());
    }

    @Test
    void loadIntoARunningServerThenPutItUnderLoad() throws Exception {
        Path passwd = tmp.resolve("p.passwd");
        Passwords.ensure(passwd);
        FusekiServer server = NewskgServer.create(ServerConfig.read(ServerConfig.SOURCE), tmp.resolve("db"), passwd).port(0).build().start();
        try {
            String dataset = "http://localhost:" + server.getHttpPort() + "/newskg";
            Path gen = tmp.resolve("gen");
            assertEquals(0, CliRun.of("generate", "--count", "10", "--out", gen.toString()).exitCode());
            CliRun load = CliRun.of("load", "--endpoint", dataset, "--passwd", passwd.toString(), gen.toString(), "articles");
            assertEquals(0, load.exitCode(), load.err());
            assertTrue(load.err().contains("11 added"), load.err());
            CliRun test = CliRun.of("loadtest", "--endpoint", dataset + "/sparql", "--clients", "2", "--seconds", "3");
            assertEquals(0, test.exitCode(), test.out() + test.err());
            assertTrue(test.out().contains("0 errors") && test.out().contains("| all |"), test.out());
        } finally {
            server.stop();
        }
    }
}
