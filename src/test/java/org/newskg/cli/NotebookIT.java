package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notebook, executed with nbconvert against a live server started from the jar over the
 * bundled articles, as an analyst would run it. Any cell that fails (a query error, an empty
 * result) fails the test. Needs Jupyter and the notebook's Python packages from Debian
 * (.ci/run installs them); skipped where Jupyter is absent.
 */
class NotebookIT {
    private static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    private static final Path NOTEBOOK = Path.of("notebooks", "newskg-tour.ipynb").toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("newskg.jar", "target/newskg.jar")).toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void theNotebookRunsAgainstALiveServer() throws Exception {
        assumeTrue(Files.isExecutable(JUPYTER), "Jupyter is not installed (apt-get install jupyter-nbconvert python3-ipykernel ...): skipped");
        Path data = work.resolve("data");
        Path dump = work.resolve("newskg.nq");
        assertEquals(0, run(List.of("load", "--data", data.toString(), Path.of("articles").toAbsolutePath().toString())));
        assertEquals(0, run(List.of("export", "--data", data.toString(), "-o", dump.toString())));

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process server = java(List.of("serve", "--data", data.toString(), "--port", Integer.toString(port)))
                .redirectOutput(work.resolve("server.log").toFile()).redirectErrorStream(true).start();
        try {
            String endpoint = "http://localhost:" + port + "/newskg/sparql";
            waitFor(endpoint, server);
            Path out = Path.of("target", "notebooks").toAbsolutePath();
            ProcessBuilder nb = new ProcessBuilder(JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute",
                    "--ExecutePreprocessor.timeout=300", "--output-dir", out.toString(), NOTEBOOK.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("nbconvert.log").toFile());
            Map<String, String> env = nb.environment();
            env.put("PATH", "/usr/bin:/bin:" + env.getOrDefault("PATH", ""));   // Debian's python3, with the packages
            env.put("NEWSKG_ENDPOINT", endpoint);
            env.put("NEWSKG_QUERIES", Path.of("queries").toAbsolutePath().toString());
            env.put("NEWSKG_DUMP", dump.toString());
            Process p = nb.start();
            assertTrue(p.waitFor(10, TimeUnit.MINUTES), "nbconvert finished");
            String log = Files.readString(work.resolve("nbconvert.log"));
            assertEquals(0, p.exitValue(), log);
            String executed = Files.readString(out.resolve("newskg-tour.ipynb"));
            assertTrue(executed.contains("image/png"), "the charts were drawn");
            assertTrue(executed.contains("allegations: rdflib 5, server 5"), "rdflib and the server agree");
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private int run(List<String> args) throws IOException, InterruptedException {
        Process p = java(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }

    private ProcessBuilder java(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).directory(work.toFile());
    }

    private static void waitFor(String endpoint, Process server) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ask = URI.create(endpoint + "?query=ASK%7B%7D");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(ask).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200)
                    return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("the server did not start");
    }
}
