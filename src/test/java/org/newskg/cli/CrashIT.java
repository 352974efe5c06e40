package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A batch load killed with SIGKILL half-way, then run again: every article ends up in the
 * dataset exactly once, the dataset equals one loaded without a crash, and it opens without
 * repair. Runs the jar in child JVMs, as a user's shell would.
 */
class CrashIT {
    private static final int ARTICLES = 600;
    private static final Path JAR = Path.of(System.getProperty("newskg.jar", "target/newskg.jar")).toAbsolutePath();
    private static final Pattern PROGRESS = Pattern.compile("loaded (\\d+)/" + ARTICLES);

    @TempDir
    Path work;

    @Test
    void aLoadKilledHalfWayAndRunAgainLosesAndDuplicatesNothing() throws Exception {
        Path batch = makeArticles();
        Path clean = work.resolve("clean"), crashed = work.resolve("crashed");
        assertEquals(0, run("load", "--data", clean.toString(), batch.toString()));

        // the first run is killed once it has loaded some articles but not all
        Process first = java("load", "--data", crashed.toString(), batch.toString()).redirectErrorStream(true).start();
        int loadedAtKill = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) > 0) {
                    loadedAtKill = Integer.parseInt(m.group(1));
                    first.destroyForcibly();   // SIGKILL: no shutdown hook, no clean close
                    break;
                }
            }
        }
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertTrue(loadedAtKill > 0 && loadedAtKill < ARTICLES, "killed half-way, after " + loadedAtKill + " articles");
        assertNotEquals(0, first.exitValue(), "the first run did not finish");

        // the second run finishes the batch; what was loaded before is recognised, not duplicated
        Path log = work.resolve("second.log");
        Process second = java("load", "--data", crashed.toString(), batch.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(second.waitFor(5, TimeUnit.MINUTES));
        String summary = Files.readString(log);
        assertEquals(0, second.exitValue(), summary);
        Matcher m = Pattern.compile("(\\d+) added, (\\d+) replaced, (\\d+) unchanged").matcher(summary);
        assertTrue(m.find(), summary);
        assertTrue(Integer.parseInt(m.group(3)) >= loadedAtKill, "articles loaded before the kill are unchanged: " + m.group());
        assertEquals(ARTICLES, Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(3)), m.group());

        // the same dataset as a clean load, quad for quad, and it opens without repair
        Set<String> expected = dump(clean), actual = dump(crashed);
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertEquals(0, missing.size() + extra.size(),
                     "missing " + missing.stream().limit(3).toList() + ", extra " + extra.stream().limit(3).toList());
    }

    @Test
    void anIngestOfRawArticlesKilledHalfWayAndRunAgainLosesAndDuplicatesNothing() throws Exception {
        Path raw = work.resolve("raw.jsonl");
        assertEquals(0, run("generate", "--count", String.valueOf(ARTICLES), "--seed", "5", "--jsonl", raw.toString()));
        Path clean = work.resolve("clean-ingest"), crashed = work.resolve("crashed-ingest");
        assertEquals(0, run("ingest", "--data", clean.toString(), raw.toString()));

        Process first = java("ingest", "--data", crashed.toString(), raw.toString()).redirectErrorStream(true).start();
        int loadedAtKill = -1;
        Pattern progress = Pattern.compile("ingested (\\d+)/" + ARTICLES);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = progress.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) > 0 && Integer.parseInt(m.group(1)) < ARTICLES) {
                    loadedAtKill = Integer.parseInt(m.group(1));
                    first.destroyForcibly();   // SIGKILL in the middle of the stream
                    break;
                }
            }
        }
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertTrue(loadedAtKill > 0, "killed half-way, after " + loadedAtKill + " articles");

        Path log = work.resolve("second-ingest.log");
        Process second = java("ingest", "--data", crashed.toString(), raw.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(second.waitFor(5, TimeUnit.MINUTES));
        String summary = Files.readString(log);
        assertEquals(0, second.exitValue(), summary);
        Matcher m = Pattern.compile("(\\d+) article\\(s\\) loaded .*; (\\d+) skipped, 0 refused").matcher(summary);
        assertTrue(m.find(), summary);
        assertTrue(Integer.parseInt(m.group(2)) >= loadedAtKill, "articles ingested before the kill are skipped: " + m.group());
        assertEquals(ARTICLES, Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)), m.group());
        assertEquals(dump(clean), dump(crashed), "the same dataset as an ingest without a crash");
    }

    @Test
    void aBulkIngestKilledWhileLoadingLeavesNoDatasetAndRunsAgainCleanly() throws Exception {
        Path raw = work.resolve("raw-bulk.jsonl");
        assertEquals(0, run("generate", "--count", String.valueOf(ARTICLES), "--seed", "7", "--jsonl", raw.toString()));
        Path clean = work.resolve("clean-bulk"), crashed = work.resolve("crashed-bulk");
        assertEquals(0, run("ingest", "--bulk", "--data", clean.toString(), raw.toString()));

        Process first = java("ingest", "--bulk", "--data", crashed.toString(), raw.toString()).redirectErrorStream(true).start();
        boolean killedWhileLoading = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("Start: ")) {   // the parallel loader has begun writing the dataset
                    killedWhileLoading = first.isAlive();
                    first.destroyForcibly();
                    break;
                }
            }
        }
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertTrue(killedWhileLoading, "killed while the loader ran");
        assertFalse(Files.exists(crashed), "no half-loaded dataset where the dataset was to be");

        Path log = work.resolve("second-bulk.log");
        Process second = java("ingest", "--bulk", "--data", crashed.toString(), raw.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(second.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, second.exitValue(), Files.readString(log));
        assertEquals(dump(clean), dump(crashed), "the same dataset as a bulk ingest without a crash");
    }

    private Set<String> dump(Path data) throws Exception {
        Path file = work.resolve(data.getFileName() + ".nq");
        assertEquals(0, run("export", "--data", data.toString(), "-o", file.toString()));
        // the ontology graph's blank nodes (OWL lists) get new labels in every dataset: compare the rest
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.contains("_:")).toList();
        Set<String> set = new HashSet<>(lines);
        assertEquals(lines.size(), set.size(), "no quad twice");
        long articles = set.stream().filter(l -> l.contains("> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newskg/ontology#Article> <https://w3id.org/newskg/graph/article/")).count();
        assertEquals(ARTICLES, articles, "every article once");
        return set;
    }

    /** Articles made from the minimal fixture, each with its own id and text. */
    private Path makeArticles() throws Exception {
        Path dir = Files.createDirectories(work.resolve("batch"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode base = (ObjectNode) json.readTree(Path.of("src/test/resources/facts/valid/minimal.facts.json").toFile());
        for (int i = 0; i < ARTICLES; i++) {
            ObjectNode copy = base.deepCopy();
            ((ObjectNode) copy.get("article")).put("id", String.format("crash-%04d", i));
            ((ObjectNode) copy.get("article")).put("headline", "Article " + i);
            json.writeValue(dir.resolve(String.format("a%04d.facts.json", i)).toFile(), copy);
        }
        return dir;
    }

    private int run(String... args) throws Exception {
        Process p = java(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }

    private ProcessBuilder java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(work.toFile());
    }
}
