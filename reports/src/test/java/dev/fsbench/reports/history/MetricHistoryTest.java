package dev.fsbench.reports.history;

import static dev.fsbench.reports.history.HistoryRuns.WORKLOAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.gate.MetricExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MetricHistoryTest {
    private final ChangePointDetector detector = ChangePointDetector.standard();

    @Test
    void followsTheEngineDependentFiguresNotTheInputRate() {
        RunRecord run = HistoryRuns.run(0, HistoryRuns.Level.reference(), new Random(1));

        assertThat(TrendFigures.of(run, MetricExtractor.extract(run)).keySet())
                .containsExactly(
                        WORKLOAD + "throughput.processedEventsPerSec",
                        WORKLOAD + "latencyMs.p50",
                        WORKLOAD + "latencyMs.p99",
                        WORKLOAD + "cost.cpuCoreSecondsPerMillionEvents",
                        WORKLOAD + "cost.allocatedBytesPerEvent");
    }

    @Test
    void aSchema1ResultHasOnlyTheFiguresItRecorded() {
        RunRecord old = HistoryRuns.schema1(0, HistoryRuns.Level.reference());

        assertThat(TrendFigures.of(old, MetricExtractor.extract(old)).keySet())
                .containsExactly(WORKLOAD + "latencyMs.p50", WORKLOAD + "latencyMs.p99");
    }

    @Test
    void marksTheRunWhereP99RoseAndNothingElse() {
        List<RunRecord> runs = HistoryRuns.history(12, i -> i >= 6 ? 330.0 : 263.0, i -> false);

        Map<String, MetricSeries> series = seriesByKey(runs);

        MetricSeries p99 = series.get(WORKLOAD + "latencyMs.p99");
        assertThat(p99.changePoints()).hasSize(1);
        ChangePoint change = p99.lastChangePoint();
        assertThat(change.index()).isEqualTo(6);
        assertThat(change.runId()).isEqualTo(HistoryRuns.runId(6));
        assertThat(change.relativeChange()).isBetween(0.2, 0.3);
        series.values().stream()
                .filter(s -> s != p99)
                .forEach(s -> assertThat(s.changePoints()).as(s.key()).isEmpty());
    }

    @Test
    void contendedRunsAreDrawnButNotTested() {
        // the last six runs were taken on a busy machine: 50 % slower, but not a new level of the engine
        List<RunRecord> runs = HistoryRuns.history(14, i -> i >= 8 ? 400.0 : 263.0, i -> i >= 8);
        List<RunRecord> sameButQuiet = HistoryRuns.history(14, i -> i >= 8 ? 400.0 : 263.0, i -> false);

        MetricSeries p99 = seriesByKey(runs).get(WORKLOAD + "latencyMs.p99");

        assertThat(p99.values().get(10)).isGreaterThan(350.0);
        assertThat(p99.changePoints()).isEmpty();
        assertThat(seriesByKey(sameButQuiet).get(WORKLOAD + "latencyMs.p99").changePoints())
                .extracting(ChangePoint::index)
                .containsExactly(8);
    }

    @Test
    void schema1RunsAreAbsentFromTheFiguresTheyLack() {
        List<RunRecord> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(HistoryRuns.schema1(i, HistoryRuns.Level.reference()));
        }
        runs.addAll(HistoryRuns.history(9, i -> 263.0, i -> false).subList(3, 9));

        Map<String, MetricSeries> series = seriesByKey(runs);

        MetricSeries processed = series.get(WORKLOAD + "throughput.processedEventsPerSec");
        assertThat(processed.values()).hasSize(9).startsWith(null, null, null);
        assertThat(processed.present()).isEqualTo(6);
        assertThat(series.get(WORKLOAD + "latencyMs.p50").present()).isEqualTo(9);
    }

    private Map<String, MetricSeries> seriesByKey(List<RunRecord> runs) {
        return MetricHistory.of(runs, r -> TrendFigures.of(r, MetricExtractor.extract(r)), detector, false).stream()
                .collect(Collectors.toMap(MetricSeries::key, s -> s));
    }
}
