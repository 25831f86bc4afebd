package dev.fsbench.reports.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.reports.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSiteTest {
    @TempDir
    Path reports;

    @Test
    void rendersIndexRunPagesAndOneTrendPagePerEnvironment() throws Exception {
        Fixtures.installAll(reports);

        ReportSite.Summary summary = ReportSite.render(reports);

        assertThat(summary.runs()).isEqualTo(Fixtures.all().size());
        assertThat(summary.problems()).isEmpty();
        String index = read(reports.resolve("index.html"));
        // newest first: the 23rd's run is listed before the 20th's
        assertThat(index.indexOf("2026-11-23T0800-a3")).isLessThan(index.indexOf("2026-11-20T0800-a0"));
        for (String id : Fixtures.all()) {
            assertThat(index).contains("runs/" + id + "/index.html");
            assertThat(reports.resolve("runs").resolve(id).resolve("index.html"))
                    .isRegularFile();
        }
        try (var trends = Files.list(reports)) {
            assertThat(trends.filter(p -> p.getFileName().toString().startsWith("trends-")))
                    .hasSize(2);
        }
        assertThat(Files.readSymbolicLink(reports.resolve("latest"))).isEqualTo(Path.of("runs", "2026-11-23T0800-a3"));
        assertThat(reports.resolve(ReportSite.EXPERIMENTS_PAGE)).isRegularFile();
        assertThat(index).contains("href=\"experiments.html\"");
    }

    @Test
    void aRunPageShowsEverySectionOfTheResult() throws Exception {
        Fixtures.installAll(reports);
        ReportSite.render(reports);

        String page = read(reports.resolve("runs/2026-11-23T0800-a3/index.html"));

        assertContains(
                page,
                "flink / wordcount-tumbling #2",
                "spark-structured / wordcount-tumbling #1",
                "Latency by percentile",
                "heap used and GC pauses",
                "busyTimeMsPerSecond",
                "batchDurationMs",
                "Harness overhead",
                "Serialization microbenchmarks",
                "Tuning claims, measured",
                "refuted",
                "Kryo is about 10x faster than Java serialization",
                // the 25% slowdown fixture, judged against the four earlier runs of its environment
                "Regression gate against history (4 runs",
                "class=\"regressed\"",
                // the headline, the latency-against-rate chart and the schema-2 figures of each workload
                "<h2>Headline</h2>",
                "at least ",
                "limited by generator: the generator fell behind its schedule",
                "100 ms (out-of-orderness bound)",
                "append time − window end (event time)",
                "latency (append time − window end) against offered rate",
                "offered rate (events/s)",
                "Capacity probes",
                "processed ev/s",
                "throughput and backlog over time",
                "Sustained: <span class=\"ok\">sustained</span>",
                ", until steady",
                "Cost over the measured phase",
                "engine CPU per million events");
        assertThat(page.indexOf("<h2>Headline</h2>")).isLessThan(page.indexOf("Regression gate against"));
        // every chart spec has its container, and nothing is fetched from outside the file
        Matcher ids = Pattern.compile("\"id\":\"(c\\d+)\"").matcher(chartJson(page));
        int charts = 0;
        while (ids.find()) {
            charts++;
            assertThat(page.contains("data-chart-id=\"" + ids.group(1) + "\""))
                    .as("container for " + ids.group(1))
                    .isTrue();
        }
        assertThat(charts).isGreaterThan(20);
        assertThat(Pattern.compile("(src|href)=\"(https?:)?//").matcher(page).find())
                .as("external reference")
                .isFalse();
    }

    @Test
    void everyStringFromResultsIsEscaped() throws Exception {
        Fixtures.installAll(reports);
        ReportSite.render(reports);

        String page = read(reports.resolve("runs/" + Fixtures.HOSTILE_RUN + "/index.html"));
        String index = read(reports.resolve("index.html"));
        String experiments = read(reports.resolve(ReportSite.EXPERIMENTS_PAGE));

        assertContains(experiments, "Reuse helps &lt;/script&gt;&lt;img src=x onerror=", "a blog &lt;script&gt;");
        for (String html : new String[] {page, index, experiments}) {
            assertThat(html.contains("<script>alert(1)</script>") || html.contains("<img src=x"))
                    .as("raw markup from results")
                    .isFalse();
        }
        assertContains(
                page,
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "FAILED",
                "engine exited with 1",
                // the capacity section's and the sustain verdict's strings
                "ruler &lt;script&gt;alert(1)&lt;/script&gt;",
                "engine exited with 137 &lt;/script&gt;&lt;img src=x onerror=alert(4)&gt;",
                "backlog grew &lt;script&gt;alert(1)&lt;/script&gt;",
                "latency trends up: &lt;script&gt;alert(1)&lt;/script&gt;",
                // an INVALID workload is shown as such, with its reason, its timings marked as not counting
                "INVALID (exact)",
                "these timings do not count",
                "generator fell behind its schedule by 2,400 ms",
                "notcounting",
                // a rate profile's steps and its burst table, the step's text as text
                "1x for 3s &lt;script&gt;alert(1)&lt;/script&gt;",
                "<th>drain time</th>",
                "4,000 ms",
                "41,000");
        assertThat(chartJson(page)).contains("rate profile, sent / intake / processed", "\"marks\"");
        // the chart data block cannot be closed early by a series name
        String json = chartJson(page);
        assertThat(json).doesNotContain("</").contains("busy\\u003cscript\\u003e");
        assertThat(page.contains("href=\"javascript:")).as("javascript: link").isFalse();
    }

    @Test
    void aSchemaOneResultStillOpensWithDashesForWhatItLacks() throws Exception {
        Fixtures.installSchema1(reports);

        ReportSite.Summary summary = ReportSite.render(reports);

        assertThat(summary.problems()).isEmpty();
        String page = read(reports.resolve("runs/" + Fixtures.SCHEMA_1_RUN + "/index.html"));
        assertContains(page, "<h2>Headline</h2>", "flink / wordcount-tumbling", "not judged", "Latency by percentile");
        // processed ev/s, sustained, capacity: none in schema 1, each shown as a dash
        assertThat(page).contains("<td class=\"num\">–</td>").doesNotContain("outputEventsPerSec");
    }

    @Test
    void resultFilesAreNeverRewrittenAndDamagedOnesAreReportedNotFatal() throws Exception {
        Path file = Fixtures.install(reports, "2026-11-20T0800-a0");
        byte[] before = Files.readAllBytes(file);
        Path damaged = reports.resolve("runs/broken/result.json");
        Files.createDirectories(damaged.getParent());
        Files.writeString(damaged, "{\"runId\": \"broken\", ");

        ReportSite.Summary summary = ReportSite.render(reports);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(summary.runs()).isEqualTo(1);
        assertThat(summary.problems())
                .singleElement()
                .asString()
                .contains("broken")
                .contains("not valid JSON");
        assertThat(read(reports.resolve("index.html"))).contains("not valid JSON");
    }

    @Test
    void onlyRunPagesWhoseResultOrBaselineChangedAreRenderedAgain() throws Exception {
        Fixtures.install(reports, "2026-11-20T0800-a0");
        Fixtures.install(reports, "2026-11-22T0800-a2");
        assertThat(ReportSite.render(reports).reusedRunPages()).isZero();

        ReportSite.Summary again = ReportSite.render(reports);
        assertThat(again.reusedRunPages()).isEqualTo(2);
        assertThat(again.pages()).noneMatch(p -> p.startsWith(reports.resolve("runs")));

        // a newer run: its own page is new, the older pages' baselines did not change
        Fixtures.install(reports, "2026-11-23T0800-a3");
        ReportSite.Summary newer = ReportSite.render(reports);
        assertThat(newer.reusedRunPages()).isEqualTo(2);
        assertThat(newer.pages()).contains(reports.resolve("runs/2026-11-23T0800-a3/index.html"));

        // a run that started between them joins the later runs' history: those pages change, the first does not
        Fixtures.install(reports, "2026-11-21T0800-a1");
        ReportSite.Summary between = ReportSite.render(reports);
        assertThat(between.reusedRunPages()).isEqualTo(1);
        assertThat(between.pages())
                .contains(
                        reports.resolve("runs/2026-11-22T0800-a2/index.html"),
                        reports.resolve("runs/2026-11-23T0800-a3/index.html"));
        assertThat(read(reports.resolve("runs/2026-11-23T0800-a3/index.html"))).contains("history (3 runs");
    }

    @Test
    void anEmptyHistoryRendersAnIndexThatSaysSo() throws Exception {
        ReportSite.Summary summary = ReportSite.render(reports);

        assertThat(summary.runs()).isZero();
        assertThat(read(reports.resolve("index.html"))).contains("No runs yet");
        assertThat(reports.resolve("latest")).doesNotExist();
    }

    /** Names only the missing strings: a failure message with the whole page (1 MB of ECharts) helps nobody. */
    static void assertContains(String page, String... expected) {
        java.util.List<String> missing =
                java.util.Arrays.stream(expected).filter(e -> !page.contains(e)).toList();
        assertThat(missing).as("strings missing from the page").isEmpty();
    }

    static String chartJson(String page) {
        int start = page.indexOf("<script type=\"application/json\" id=\"chart-data\">");
        assertThat(start).as("chart data block").isNotNegative();
        int from = page.indexOf('>', start) + 1;
        return page.substring(from, page.indexOf("</script>", from));
    }

    private static String read(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
