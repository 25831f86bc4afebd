package dev.fsbench.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.results.CapacityProbe;
import dev.fsbench.results.CapacityProbe.ProbeLatency;
import dev.fsbench.results.CapacityResult;
import dev.fsbench.results.LimitedBy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapacityChartsTest {

    private static CapacityProbe probe(String phase, long rate, boolean sustained, Double p50, Double p99) {
        return new CapacityProbe(
                phase,
                rate,
                sustained,
                sustained ? null : "backlog grew",
                (double) rate,
                p50 == null ? null : new ProbeLatency(p50, p99),
                20.0);
    }

    private static CapacityResult search(String engine, String scenario, List<CapacityProbe> probes) {
        return new CapacityResult(
                engine,
                scenario,
                100_000.0,
                LimitedBy.ENGINE,
                "fell behind",
                1.0,
                false,
                900_000.0,
                null,
                probes,
                null,
                0.10);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> series(Map<String, Object> spec) {
        return (List<Map<String, Object>>) spec.get("series");
    }

    @Test
    void onePerScenarioWithP50AndP99PerEngineInRateOrderAndUnsustainedProbesHollow() {
        ChartSpecs charts = new ChartSpecs("t");
        List<CapacityResult> capacity = List.of(
                search(
                        "flink",
                        "tumbling",
                        List.of(
                                probe("ramp", 50_000, true, 200.0, 400.0),
                                probe("ramp", 200_000, false, 4000.0, 9000.0),
                                probe("ramp", 100_000, true, 250.0, 500.0),
                                probe("confirm", 100_000, true, 240.0, 480.0))),
                search("baseline", "tumbling", List.of(probe("ramp", 50_000, true, 120.0, 300.0))),
                search("spark-dstream", "sliding", List.of(probe("ramp", 50_000, true, 900.0, 1800.0))));

        List<String> ids = CapacityCharts.of(capacity, Set.of("spark-dstream"), charts);

        assertThat(ids).hasSize(2);
        Map<String, Object> tumbling = charts.all().get(0);
        assertThat(tumbling.get("xName")).isEqualTo(CapacityCharts.X_NAME);
        assertThat((String) tumbling.get("title")).startsWith("tumbling: latency (append time − window end)");
        List<Map<String, Object>> lines = series(tumbling);
        assertThat(lines)
                .extracting(s -> s.get("name"))
                .containsExactly("flink p50", "flink p99", "baseline p50", "baseline p99");
        List<double[]> flinkP99 = (List<double[]>) lines.get(1).get("data");
        assertThat(flinkP99).extracting(p -> p[0]).containsExactly(50_000.0, 100_000.0, 100_000.0, 200_000.0);
        assertThat(flinkP99.get(3)[1]).isEqualTo(9000.0);
        assertThat(lines.get(1).get("open")).isEqualTo(List.of(false, false, false, true));
        assertThat(lines.get(1).get("style")).isEqualTo("dashed");
        // an engine's p50 and p99 share a colour
        assertThat(lines).extracting(s -> s.get("group")).containsExactly(0, 0, 1, 1);
        assertThat(tumbling.get("yLog")).isEqualTo(true);
        assertThat(series(charts.all().get(1)))
                .extracting(s -> s.get("name"))
                .containsExactly(
                        "spark-dstream p50 (from processing-time window end)",
                        "spark-dstream p99 (from processing-time window end)");
    }

    @Test
    void probesWithoutLatencyHaveNoPointAndASearchWithoutAnyHasNoChart() {
        ChartSpecs charts = new ChartSpecs("t");
        ChartSpecs.Series p50 = CapacityCharts.series(
                "x",
                "line",
                0,
                List.of(probe("ramp", 1000, true, 5.0, 9.0), probe("ramp", 2000, false, null, null)),
                ProbeLatency::p50);
        assertThat(p50.points()).hasSize(1);
        assertThat(p50.open()).containsExactly(false);

        List<String> ids = CapacityCharts.of(
                List.of(search("flink", "s", List.of(probe("ramp", 1000, false, null, null)))), Set.of(), charts);
        assertThat(ids).isEmpty();
        assertThat(CapacityCharts.of(List.of(), Set.of(), charts)).isEmpty();
    }
}
