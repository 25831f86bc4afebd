package dev.fsbench.reports.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.reports.Fixtures;
import dev.fsbench.reports.Json;
import dev.fsbench.reports.ResultFixtures;
import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.history.HistoryRuns;
import dev.fsbench.reports.html.Environments;
import dev.fsbench.reports.site.ReportSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile fixture (markup and script in a scenario name, engine properties, metric tags, failure and limit
 * reasons: {@link ResultFixtures#payload}) renders inert in headless Chromium with every chart tooltip and every
 * legend entry hovered by the mouse: no payload handler ran ({@code window.__pwned} stays undefined), no element
 * only an injection makes was ever created, the hostile text shows as text, and no Content-Security-Policy
 * violation was needed to stop anything (escaping did it; the policy is the second line, checked apart).
 */
class HostileInputBrowserTest {
    private static final String PROBE = resource("/browser/injection-probe.js");
    private static final String DRIVER = resource("/browser/hover-driver.js");

    @TempDir
    static Path work;

    private static Path reports;
    private static HeadlessChromium browser;

    @BeforeAll
    static void render() throws Exception {
        Path binary = HeadlessChromium.requireOrSkip(HostileInputBrowserTest.class);
        reports = work.resolve("reports");
        Fixtures.installAll(reports);
        ReportSite.render(reports);
        browser = new HeadlessChromium(binary, work.resolve("chromium-profile"));
        browser.openPage();
        browser.addScriptOnNewDocument(PROBE);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theHostileRunPageStaysInertWithEveryTooltipAndLegendEntryHovered() throws Exception {
        Path page = reports.resolve("runs/" + Fixtures.HOSTILE_RUN + "/index.html");
        List<String> shown = openAndHoverEverything(page);

        assertThat(shown)
                .as("the hostile scenario name is shown as text in a tooltip and a legend entry's tooltip")
                .anyMatch(text -> text.contains("flink / " + ResultFixtures.HOSTILE_SCENARIO))
                .anyMatch(text -> text.contains(ResultFixtures.payload("metricTag")));
        assertThat(shown)
                .as("a hostile variant name in the experiment's run-figure and latency-against-rate tooltips")
                .anyMatch(text -> text.contains("a" + ResultFixtures.payload("variant") + "run order (position)"))
                .anyMatch(text -> text.contains("a" + ResultFixtures.payload("variant") + " p99"));
        assertThat(browser.evaluate("document.querySelectorAll('#experiment-0 ~ .charts .chart').length")
                        .asInt())
                .as("the experiment's charts: run figures, latency against rate, per-subtask load per variant")
                .isGreaterThanOrEqualTo(3);
        // textContent: the configuration tables sit in closed <details>, which innerText leaves out
        assertThat(browser.evaluate("document.body.textContent").asText())
                .contains(
                        ResultFixtures.payload("engineProperty"),
                        ResultFixtures.payload("sparkFailure"),
                        ResultFixtures.payload("experimentClaim"),
                        ResultFixtures.payload("experimentNote"),
                        ResultFixtures.payload("burstStep"));
    }

    @Test
    void theExperimentsPageShowsHostileClaimsAndVariantsAsText() throws Exception {
        Path page = reports.resolve("experiments.html");
        openAndHoverEverything(page);

        assertThat(browser.evaluate("document.body.textContent").asText())
                .contains(
                        ResultFixtures.payload("experimentClaim"),
                        ResultFixtures.payload("experimentNote"),
                        "a" + ResultFixtures.payload("variant") + " vs b<script>alert(1)</script>");
        assertThat(browser.evaluate("document.querySelector('a[href$=\"#experiment-0\"]') !== null")
                        .asBoolean())
                .as("a row links to its run page's experiment section")
                .isTrue();
    }

    @Test
    void indexAndTrendPagesStayInertWithEveryTooltipHovered() throws Exception {
        List<Path> pages = new ArrayList<>(List.of(reports.resolve("index.html")));
        try (Stream<Path> files = Files.list(reports)) {
            files.filter(p -> p.getFileName().toString().startsWith("trends-")).forEach(pages::add);
        }
        assertThat(pages).hasSizeGreaterThan(1);
        for (Path page : pages) {
            openAndHoverEverything(page);
        }
    }

    @Test
    void aChangePointLineAndTrendPointsShowTheirTooltipsAsText() throws Exception {
        Path history = work.resolve("history");
        List<RunRecord> runs = HistoryRuns.history(12, i -> i >= 6 ? 330.0 : 263.0, i -> false);
        for (RunRecord run : runs) {
            HistoryRuns.write(history, run);
        }
        ReportSite.render(history);
        Path page = history.resolve(Environments.trendsFile(runs.get(0).fingerprint()));

        List<String> shown = openAndHoverEverything(page);

        assertThat(shown)
                .as("the change point's tooltip")
                .anyMatch(text -> text.contains(runs.get(6).runId()));
    }

    /** Positive control: the probe does see an injection, and the page's policy stops its handler. */
    @Test
    void theProbeSeesAnInjectionAndThePolicyBlocksItsHandler() throws Exception {
        Path page = reports.resolve("runs/" + Fixtures.HOSTILE_RUN + "/index.html");
        open(page);
        browser.evaluate("document.body.insertAdjacentHTML('beforeend', "
                + Json.MAPPER.writeValueAsString(ResultFixtures.payload("control")) + "); true");
        Thread.sleep(500);

        assertThat(browser.evaluate("window.__injected.length").asInt()).isPositive();
        assertThat(browser.evaluate("window.__cspViolations.length").asInt()).isPositive();
        assertThat(browser.evaluate("typeof window.__pwned").asText()).isEqualTo("undefined");
    }

    private static void open(Path page) throws Exception {
        browser.clearErrors();
        browser.navigate(page.toUri().toString());
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline
                && browser.evaluate("document.querySelectorAll('.chart').length > 0"
                                + " && document.body.getAttribute('data-charts-done') !== 'true'")
                        .asBoolean()) {
            Thread.sleep(100);
        }
        browser.evaluate(DRIVER + "; true");
    }

    /**
     * Hovers every chart's series points (up to 3 per series, every point on a category axis, every change point
     * line) and every legend entry, each paged into view; then asserts the page is inert, and that each series
     * and legend entry raised a tooltip naming it as text (points of different series can overlap, so one of a
     * series' points suffices).
     *
     * @return every tooltip text seen
     */
    private static List<String> openAndHoverEverything(Path page) throws Exception {
        open(page);
        List<String> shown = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int charts = browser.evaluate("__hover.count()").asInt();
        for (int i = 0; i < charts; i++) {
            Set<String> expected = new LinkedHashSet<>();
            Set<String> seen = new LinkedHashSet<>();
            for (JsonNode target : browser.evaluate("__hover.seriesTargets(" + i + ")")) {
                expected.add(target.path("kind").asText() + ": "
                        + target.path("expect").asText());
                hover(i, target, shown, seen);
            }
            int legend = browser.evaluate("__hover.legendCount(" + i + ")").asInt();
            for (int j = 0; j < legend; j++) {
                browser.evaluate("__hover.scrollLegendTo(" + i + ", " + j + "); true");
                Thread.sleep(50); // the legend's next page is laid out on the next frame
                JsonNode target = browser.evaluate("__hover.legendTarget(" + i + ", " + j + ")");
                expected.add("legend: " + target.path("expect").asText());
                hover(i, target, shown, seen);
            }
            expected.removeAll(seen);
            for (String e : expected) {
                missing.add("chart " + i + ": " + e);
            }
        }
        assertInert(page);
        assertThat(missing)
                .as("hovered without a tooltip naming it as text, on " + page)
                .isEmpty();
        System.out.printf("%s: %d charts, %d tooltips shown%n", page.getFileName(), charts, shown.size());
        return shown;
    }

    private static void hover(int chart, JsonNode target, List<String> shown, Set<String> seen) throws Exception {
        String expect = target.path("expect").asText();
        assertThat(target.path("inside").asBoolean())
                .as("hover point of %s in view", expect)
                .isTrue();
        browser.moveMouse(target.path("x").asDouble(), target.path("y").asDouble());
        long deadline = System.nanoTime() + 1_500_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode text = browser.evaluate("__hover.tooltipText(" + chart + ")");
            if (text.isTextual() && text.asText().contains(expect)) {
                shown.add(text.asText());
                seen.add(target.path("kind").asText() + ": " + expect);
                return;
            }
            Thread.sleep(20);
        }
    }

    /** Nothing ran, nothing was injected, no policy violation was needed, no error was logged. */
    private static void assertInert(Path page) throws Exception {
        assertThat(browser.evaluate("typeof window.__pwned").asText())
                .as("a payload's script ran on " + page)
                .isEqualTo("undefined");
        assertThat(browser.evaluate("window.__injected").toString())
                .as("elements only an injection makes, on " + page)
                .isEqualTo("[]");
        assertThat(browser.evaluate("document.querySelectorAll('img, iframe, object, embed').length")
                        .asInt())
                .isZero();
        assertThat(browser.evaluate(
                                "Array.from(document.scripts).map(function (s) { return s.id || s.type || 'inline'; })")
                        .toString())
                .as("only the page's own scripts on " + page)
                .isIn("[]", "[\"chart-data\",\"inline\",\"inline\"]");
        assertThat(browser.evaluate("window.__cspViolations").toString())
                .as("policy violations (escaping should have stopped everything) on " + page)
                .isEqualTo("[]");
        assertThat(browser.evaluate("document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
                        .asText())
                .doesNotContain("unsafe-inline")
                .contains("script-src ");
        assertThat(browser.errors()).as("console errors on " + page).isEmpty();
    }

    private static String resource(String name) {
        try (InputStream in = HostileInputBrowserTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
