package dev.fsbench.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.reports.ExperimentFixtures;
import dev.fsbench.reports.ExperimentFixtures.Spec;
import dev.fsbench.reports.RunRecord;
import dev.fsbench.results.ExperimentRun;
import dev.fsbench.results.ExperimentVariant;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run page's experiment charts: run figures per variant, latency against rate, per-subtask load. */
class ExperimentChartsTest {
    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    private static List<Map<String, Object>> chartsOf(Spec spec) {
        RunResult result = ExperimentFixtures.run("e", T0, List.of(spec));
        ChartSpecs charts = new ChartSpecs("x");
        List<ExperimentView> views = ExperimentView.of(result.experiments(), result.workloads(), charts);
        assertThat(views).singleElement().satisfies(v -> assertThat(v.anchor()).isEqualTo("experiment-0"));
        assertThat(views.get(0).charts()).hasSameSizeAs(charts.all());
        return charts.all();
    }

    private static Map<String, Object> titled(List<Map<String, Object>> charts, String part) {
        return charts.stream()
                .filter(c -> ((String) c.get("title")).contains(part))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no chart titled *" + part + "*"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> series(Map<String, Object> chart) {
        return (List<Map<String, Object>>) chart.get("series");
    }

    @SuppressWarnings("unchecked")
    private static List<double[]> points(Map<String, Object> series) {
        return (List<double[]>) series.get("data");
    }

    @Test
    void eachComparedMetricShowsEveryRunPerVariantAtItsPlaceInTheOrder() {
        List<Map<String, Object>> charts = chartsOf(Spec.objectReuse(false));

        Map<String, Object> cpu = titled(charts, "cpuPerMillionEvents of each run per variant");
        assertThat(cpu.get("kind")).isEqualTo("xy");
        assertThat(series(cpu)).extracting(s -> s.get("name")).containsExactly("copy", "reuse");
        // interleaved A B A B: copy ran 1st and 3rd, reuse 2nd and 4th
        assertThat(points(series(cpu).get(0))).extracting(p -> p[0]).containsExactly(1.0, 3.0);
        assertThat(points(series(cpu).get(1))).extracting(p -> p[0]).containsExactly(2.0, 4.0);
        assertThat(titled(charts, "latencyP99Ms of each run")).isNotNull();
        assertThat(charts).noneMatch(c -> ((String) c.get("title")).contains("against offered rate"));
    }

    @Test
    void aRateSweepDrawsLatencyAgainstRatePerVariant() {
        Spec sweep = new Spec(
                "flink-buffer-timeout",
                "A shorter buffer timeout lowers latency.",
                List.of("t100", "t0"),
                2,
                false,
                List.of(10_000, 30_000),
                true,
                false);

        Map<String, Object> curves = titled(chartsOf(sweep), "latency against offered rate per variant");

        assertThat(curves.get("yLog")).isEqualTo(true);
        assertThat(series(curves))
                .extracting(s -> s.get("name") + "/" + s.get("style") + "/" + s.get("group"))
                .containsExactly("t100 p50/line/0", "t100 p99/dashed/0", "t0 p50/line/1", "t0 p99/dashed/1");
        List<double[]> p99 = points(series(curves).get(1));
        assertThat(p99).extracting(p -> p[0]).containsExactly(10_000.0, 30_000.0);
        assertThat(p99.get(1)[1]).as("latency grows with the rate").isGreaterThan(p99.get(0)[1]);
        assertThat(points(series(curves).get(3)).get(0)[1])
                .as("the faster variant's p99 at 10,000 ev/s")
                .isLessThan(p99.get(0)[1]);
    }

    @Test
    void eachRunFindsItsOwnWorkloadAndWithoutARecordedRateTakesItsRate() {
        Spec older = new Spec(
                "flink-object-reuse", "claim", List.of("copy", "reuse"), 3, false, List.of(20_000), false, false);
        RunResult result = ExperimentFixtures.run("e", T0, List.of(older));
        ExperimentWorkloads workloads = ExperimentWorkloads.of(result.workloads());

        for (ExperimentVariant v : result.experiments().get(0).variants()) {
            for (ExperimentRun run : v.runs()) {
                assertThat(run.rate()).isNull();
                WorkloadResult w = workloads.of(run);
                assertThat(w).as(run.workload()).isSameAs(result.workloads().get(run.position() - 1));
                assertThat(w.scenario()).isEqualTo("flink-object-reuse." + v.name());
                assertThat(workloads.rate(run)).isEqualTo(20_000.0);
            }
        }
        assertThat(workloads.of(
                        new ExperimentRun("flink", 4, 7, "flink-flink-object-reuse.copy-4", RunStatus.OK, Map.of())))
                .as("a run whose workload the result lacks")
                .isNull();
    }

    @Test
    void subtaskLoadIsShownAsEachSubtasksShareOfTheInput() {
        List<Map<String, Object>> charts = chartsOf(Spec.objectReuse(false));

        Map<String, Object> copy = titled(charts, "variant copy: share of window-count -> Sink: results's input");
        assertThat(copy.get("kind")).isEqualTo("bars");
        assertThat(copy.get("categories")).isEqualTo(List.of("subtask 0", "subtask 1"));
        @SuppressWarnings("unchecked")
        List<Double> shares = (List<Double>) copy.get("values");
        assertThat(shares.get(0) + shares.get(1)).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(shares.get(0)).isCloseTo(62.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat((String) copy.get("title")).contains("mean of 2 run(s) ± SD", "max/mean 1.24");
        assertThat(titled(charts, "variant reuse: share")).isNotNull();
    }

    @Test
    void summariesWithoutTheLoadDrawNoLoadChart() {
        Spec noLoad = new Spec(
                "flink-object-reuse", "claim", List.of("copy", "reuse"), 2, false, List.of(20_000), true, false);

        assertThat(chartsOf(noLoad)).noneMatch(c -> c.get("kind").equals("bars"));
    }

    @Test
    void theRunPageShowsTheChartsUnderTheExperimentsAnchor() {
        RunResult result = ExperimentFixtures.run("e", T0, List.of(Spec.objectReuse(true)));
        String html = new SitePages().runPage(new RunRecord("e", Path.of("runs", "e"), result), null, "");

        assertThat(html)
                .contains("<h3 id=\"experiment-0\">flink-object-reuse <span class=\"quick\">quick</span>")
                .contains("records in per subtask of window-count -\\u003e Sink: results")
                .contains("href=\"../../experiments.html\"");
    }
}
