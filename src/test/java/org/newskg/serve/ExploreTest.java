package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Fixtures;
import org.newskg.ingest.FactsFiles;
import org.newskg.store.ArticleStore;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The /explore page in headless Chromium, driven by Selenium as a user would: type a name,
 * pick the entity, click a fact in the graph, read its evidence sentence. A screenshot is kept
 * in target/explore.png. Needs Debian's chromium and chromium-driver (.ci/run installs them);
 * skipped where they are absent.
 */
class ExploreTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path data;
    private static FusekiServer server;

    @BeforeAll
    static void start() throws Exception {
        ArticleStore.open(data).loadAll(FactsFiles.readAll(FactsFiles.find(List.of(Fixtures.ARTICLES))), r -> {});
        server = NewskgServer.create(ServerConfig.read(ServerConfig.SOURCE), data).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void theGraphLibraryIsInTheJarNotOnACdn() throws Exception {
        assertTrue(ExploreServlet.class.getResource(ExploreServlet.VIS_NETWORK) != null, ExploreServlet.VIS_NETWORK);
        String page = new String(ExploreServlet.class.getResourceAsStream("/explore/index.html").readAllBytes());
        assertTrue(page.contains("src=\"vis-network.min.js\"") && !page.contains("://"), "no script from another host");
    }

    @Test
    void searchAnEntitySeeItsNeighbourhoodAndTheEvidenceOfAFact() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                   "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver): skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
                             "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get("http://localhost:" + server.getHttpPort() + "/explore");
            WebElement box = browser.findElement(By.id("search"));
            box.sendKeys("Xi\n");
            wait.until(d -> !d.findElements(By.cssSelector("li.result")).isEmpty());
            browser.findElements(By.cssSelector("li.result")).stream()
                   .filter(li -> li.getText().startsWith("Xi Jinping")).findFirst().orElseThrow().click();
            JavascriptExecutor js = browser;
            wait.until(d -> Boolean.TRUE.equals(js.executeScript("return window.newskgExplore.ready")));
            long nodes = (Long) js.executeScript("return window.newskgExplore.nodes.length");
            assertTrue(nodes > 5, "Xi's facts and the other entities in them: " + nodes);

            // click the state-visit node where the graph drew it
            @SuppressWarnings("unchecked")
            Map<String, Object> at = (Map<String, Object>) js.executeScript(
                    "const n = window.newskgExplore; const id = n.nodes.getIds().find(i => i.endsWith('/xi-state-visit'));"
                  + "n.network.focus(id, {scale: 1.2}); const p = n.network.canvasToDOM(n.network.getPosition(id));"
                  + "const r = document.getElementById('graph').getBoundingClientRect(); return {x: p.x - r.width / 2, y: p.y - r.height / 2};");
            WebElement graph = browser.findElement(By.id("graph"));
            new Actions(browser).moveToElement(graph, ((Number) at.get("x")).intValue(), ((Number) at.get("y")).intValue()).click().perform();
            wait.until(d -> d.findElement(By.id("details")).getText().contains("state visit"));
            String details = browser.findElement(By.id("details")).getText();
            assertTrue(details.contains("Chinese President Xi Jinping is in Moscow"), "the evidence sentence: " + details);
            assertTrue(!browser.findElements(By.cssSelector("#details mark")).isEmpty(), "the evidence is marked in its sentence");
            Files.write(Path.of("target", "explore.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }
}
