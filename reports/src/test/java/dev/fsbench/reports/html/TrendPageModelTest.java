package dev.fsbench.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.gate.ComparisonReport;
import dev.fsbench.reports.gate.MetricExtractor;
import dev.fsbench.reports.gate.RegressionGate;
import dev.fsbench.reports.history.HistoryRuns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendPageModelTest {

    @Test
    void marksTheChangePointOnTheChartAndInTheTable() {
        List<RunRecord> runs = HistoryRuns.history(12, i -> i >= 6 ? 330.0 : 263.0, i -> false);

        TrendPageModel page = build(runs);

        List<?> changes = (List<?>) page.model().get("changes");
        assertThat(changes).hasSize(1);
        TrendPageModel.ChangeRow row = (TrendPageModel.ChangeRow) changes.get(0);
        assertThat(row.metric()).isEqualTo("latency p99");
        assertThat(row.group()).isEqualTo("stream flink/wordcount-tumbling");
        assertThat(row.runId()).isEqualTo(HistoryRuns.runId(6));
        assertThat(row.change()).startsWith("+2");
        assertThat(Double.parseDouble(row.p())).isLessThanOrEqualTo(0.01);

        Map<String, Object> p99Chart = chart(page, "latency p99");
        assertThat((List<?>) p99Chart.get("changes")).hasSize(1);
        assertThat(((Map<?, ?>) ((List<?>) p99Chart.get("changes")).get(0)).get("index"))
                .isEqualTo(6);
        assertThat((List<?>) chart(page, "latency p50").get("changes")).isEmpty();
    }

    @Test
    void chartsTheEngineDependentFiguresNotTheInputRate() {
        TrendPageModel page = build(HistoryRuns.history(4, i -> 263.0, i -> false));

        assertThat(page.charts())
                .extracting(c -> ((String) c.get("title")).replaceAll(" \\(.*", ""))
                .containsExactly(
                        "processed throughput",
                        "latency p50",
                        "latency p99",
                        "CPU per million events",
                        "allocation per event");
    }

    @Test
    void schema1RunsShowTheirMissingFiguresAsAbsent() {
        List<RunRecord> runs = new ArrayList<>();
        runs.add(HistoryRuns.schema1(0, HistoryRuns.Level.reference()));
        runs.add(HistoryRuns.schema1(1, HistoryRuns.Level.reference()));
        runs.addAll(HistoryRuns.history(5, i -> 263.0, i -> false).subList(2, 5));

        TrendPageModel page = build(runs);

        List<?> values = (List<?>) chart(page, "processed throughput").get("values");
        assertThat(values).hasSize(5).startsWith(null, null);
        TrendPageModel.TrendSection section =
                (TrendPageModel.TrendSection) ((List<?>) page.model().get("sections")).get(0);
        assertThat(section.absent())
                .contains(
                        "processed throughput: absent in 2 of 5 runs (results that predate the figure or lack its"
                                + " section)",
                        "CPU per million events: absent in 2 of 5 runs (results that predate the figure or lack its"
                                + " section)");
        String html = new SitePages().trendPage(HistoryRuns.ENVIRONMENT, runs, gates(runs), MetricExtractor::extract);
        assertThat(html).contains("absent in 2 of 5 runs").contains("None found in this history.");
    }

    @Test
    void theRenderedPageListsTheChangePoint() {
        List<RunRecord> runs = HistoryRuns.history(12, i -> i >= 6 ? 330.0 : 263.0, i -> false);

        String html = new SitePages().trendPage(HistoryRuns.ENVIRONMENT, runs, gates(runs), MetricExtractor::extract);

        assertThat(html)
                .contains("<h2>Change points</h2>")
                .contains("<a href=\"runs/" + HistoryRuns.runId(6) + "/index.html\">" + HistoryRuns.runId(6) + "</a>")
                .contains("significant at 1.0%");
    }

    private static TrendPageModel build(List<RunRecord> runs) {
        return TrendPageModel.build(HistoryRuns.ENVIRONMENT, runs, gates(runs), MetricExtractor::extract);
    }

    private static Map<String, ComparisonReport> gates(List<RunRecord> runs) {
        Map<String, ComparisonReport> gates = new HashMap<>();
        runs.forEach(r -> gates.put(r.runId(), RegressionGate.compareWithHistory(runs, r, 10)));
        return gates;
    }

    private static Map<String, Object> chart(TrendPageModel page, String label) {
        return page.charts().stream()
                .filter(c -> ((String) c.get("title")).startsWith(label + " ("))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + label + " in " + page.charts()));
    }
}
