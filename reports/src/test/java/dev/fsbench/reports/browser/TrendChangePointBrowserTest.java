package dev.fsbench.reports.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.history.HistoryRuns;
import dev.fsbench.reports.html.Environments;
import dev.fsbench.reports.site.ReportSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trend page of a history with a p99 step draws the change point's line in headless Chromium, without errors. */
class TrendChangePointBrowserTest {
    /** Per chart title: how many change point lines its first series carries. */
    private static final String MARK_LINES = """
            JSON.stringify(Array.from(document.querySelectorAll('.chart')).map(function (el) {
              var option = echarts.getInstanceByDom(el).getOption();
              var line = option.series[0].markLine;
              return {title: option.title[0].text, lines: line && line.data ? line.data.length : 0};
            }))""";

    @TempDir
    Path work;

    @Test
    void theChangePointIsDrawnOnItsChart() throws Exception {
        Optional<Path> binary = HeadlessChromium.find();
        if (binary.isEmpty()) {
            Assumptions.assumeFalse("true".equals(System.getenv("CI")), "Chromium is required under CI=true");
            Assumptions.abort("Chromium not found (apt-get install -y chromium, or set CHROMIUM)");
        }
        Path reports = work.resolve("reports");
        List<RunRecord> runs = HistoryRuns.history(12, i -> i >= 6 ? 330.0 : 263.0, i -> false);
        for (RunRecord run : runs) {
            HistoryRuns.write(reports, run);
        }
        ReportSite.render(reports);

        try (HeadlessChromium browser = new HeadlessChromium(binary.get(), work.resolve("profile"))) {
            browser.openPage();
            browser.navigate(reports.resolve(Environments.trendsFile(runs.get(0).fingerprint()))
                    .toUri()
                    .toString());
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < deadline
                    && !browser.evaluate("document.body.getAttribute('data-charts-done') === 'true'")
                            .asBoolean()) {
                Thread.sleep(100);
            }
            String lines = browser.evaluate(MARK_LINES).asText();
            browser.screenshot(Path.of("target", "browser", "trend-change-point.png"));

            assertThat(browser.errors()).isEmpty();
            assertThat(lines)
                    .contains("{\"title\":\"latency p99 (ms, lower is better)\",\"lines\":1}")
                    .contains("{\"title\":\"latency p50 (ms, lower is better)\",\"lines\":0}");
        }
    }
}
