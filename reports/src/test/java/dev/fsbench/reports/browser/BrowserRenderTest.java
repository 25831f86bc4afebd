package dev.fsbench.reports.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.reports.Fixtures;
import dev.fsbench.reports.site.ReportSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens rendered fixture reports in headless Chromium: no console errors, and every chart container holds a canvas
 * with painted pixels and an ECharts instance with data. Skips (printing why) when Chromium is missing, except
 * under CI=true, where a missing browser is a failure.
 */
class BrowserRenderTest {
    /** For each chart container: canvas present, painted pixels (every 7th sampled), points in its series. */
    private static final String CHART_STATE = """
            JSON.stringify({done: document.body.getAttribute('data-charts-done') === 'true',
              charts: Array.from(document.querySelectorAll('.chart')).map(function (el) {
                var c = el.querySelector('canvas'), painted = 0, points = 0;
                if (c && c.width > 0 && c.height > 0) {
                  var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  for (var i = 3; i < d.length; i += 28) { if (d[i] > 0) { painted++; } }
                }
                var chart = window.echarts && echarts.getInstanceByDom(el);
                if (chart) { chart.getOption().series.forEach(function (s) { points += (s.data || []).length; }); }
                return {id: el.getAttribute('data-chart-id'), canvas: !!c, painted: painted, points: points,
                        rendered: el.getAttribute('data-rendered') === 'true'};
              })})""";

    @TempDir
    static Path work;

    private static HeadlessChromium browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        Path binary = HeadlessChromium.requireOrSkip(BrowserRenderTest.class);
        Fixtures.installAll(work.resolve("reports"));
        ReportSite.render(work.resolve("reports"));
        browser = new HeadlessChromium(binary, work.resolve("chromium-profile"));
        browser.openPage();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aFullRunPageDrawsEveryChartWithoutErrors() throws Exception {
        List<JsonNode> charts = open("runs/2026-11-23T0800-a3/index.html");

        assertThat(charts).hasSizeGreaterThan(20);
        assertEveryChartDrew(charts);
        browser.screenshot(Path.of("target", "browser", "run-page.png"));
    }

    @Test
    void aFailedRunWithHostileStringsAndMissingSectionsStillRendersCleanly() throws Exception {
        List<JsonNode> charts = open("runs/" + Fixtures.HOSTILE_RUN + "/index.html");

        assertEveryChartDrew(charts);
        assertThat(browser.evaluate("typeof window.alert === 'function' && document.querySelectorAll('img').length")
                        .asInt())
                .as("no injected <img>")
                .isZero();
        assertThat(browser.evaluate("document.body.innerText.indexOf('<script>alert(1)</script>') >= 0")
                        .asBoolean())
                .as("hostile string shown as text")
                .isTrue();
    }

    @Test
    void aSchemaOneResultRendersCleanly() throws Exception {
        Path old = work.resolve("reports-v1");
        Fixtures.installSchema1(old);
        ReportSite.render(old);

        List<JsonNode> charts = open("../reports-v1/runs/" + Fixtures.SCHEMA_1_RUN + "/index.html");

        assertThat(charts).isNotEmpty();
        assertEveryChartDrew(charts);
        assertThat(browser.evaluate("document.body.innerText.indexOf('Headline') >= 0")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void trendAndIndexPagesRenderWithoutErrors() throws Exception {
        Path reports = work.resolve("reports");
        List<Path> trends;
        try (var files = Files.list(reports)) {
            trends = files.filter(p -> p.getFileName().toString().startsWith("trends-"))
                    .toList();
        }
        for (Path trend : trends) {
            List<JsonNode> charts = open(trend.getFileName().toString());
            assertThat(charts).isNotEmpty();
            assertEveryChartDrew(charts);
        }
        open("index.html");
        assertThat(browser.evaluate("document.querySelectorAll('table tr').length")
                        .asInt())
                .isGreaterThan(Fixtures.all().size());
    }

    /** Navigates, waits until report.js has drawn everything (or 20 s), and asserts no errors were logged. */
    private List<JsonNode> open(String page) throws Exception {
        browser.clearErrors();
        browser.navigate(work.resolve("reports").resolve(page).toUri().toString());
        JsonNode state = null;
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            state = dev.fsbench.reports.Json.MAPPER.readTree(
                    browser.evaluate(CHART_STATE).asText());
            boolean allRendered = true;
            for (JsonNode c : state.path("charts")) {
                allRendered &= c.path("rendered").asBoolean();
            }
            if (state.path("charts").isEmpty() || (state.path("done").asBoolean() && allRendered)) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(browser.errors()).as("console errors on " + page).isEmpty();
        List<JsonNode> charts = new ArrayList<>();
        state.path("charts").forEach(charts::add);
        return charts;
    }

    private static void assertEveryChartDrew(List<JsonNode> charts) {
        for (JsonNode c : charts) {
            String id = c.path("id").asText();
            assertThat(c.path("canvas").asBoolean()).as(id + " has a canvas").isTrue();
            assertThat(c.path("rendered").asBoolean())
                    .as(id + " finished rendering")
                    .isTrue();
            assertThat(c.path("points").asInt()).as(id + " has data").isPositive();
            assertThat(c.path("painted").asInt()).as(id + " painted pixels").isGreaterThan(500);
        }
    }
}
