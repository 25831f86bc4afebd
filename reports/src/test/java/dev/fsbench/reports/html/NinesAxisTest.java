package dev.fsbench.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.Throughput;
import dev.fsbench.results.ThroughputPoint;
import dev.fsbench.results.WorkloadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class NinesAxisTest {
    @Test
    void percentilesMapToOneOverOneMinusPWhetherGivenAsFractionsOrPercent() throws Exception {
        LatencySummary percent = latency(List.of(point(0, 1), point(90, 5), point(99.9, 9), point(100, 12)));
        LatencySummary fraction = latency(List.of(point(0, 1), point(0.9, 5), point(0.999, 9), point(1.0, 12)));

        for (LatencySummary input : List.of(percent, fraction)) {
            List<double[]> points = WorkloadCharts.percentilePoints(input);
            // 100% has no finite position on the axis; the max is in the tables
            assertThat(points).hasSize(3);
            assertThat(points.get(0)[0]).isEqualTo(1.0);
            assertThat(points.get(1)[0]).isCloseTo(10.0, within(1e-9));
            assertThat(points.get(2)[0]).isCloseTo(1000.0, within(1e-6));
            assertThat(points.get(2)[1]).isEqualTo(9.0);
        }
    }

    @Test
    void perSecondCountsBecomeRatesAndEmptySecondsHaveNoLatency() throws Exception {
        WorkloadResult workload = WorkloadResult.builder("flink", "cli")
                .status(RunStatus.OK, null)
                .throughput(
                        new Throughput(0, 0.0),
                        List.of(
                                new ThroughputPoint(10_000, 500, 0.0, null, null),
                                new ThroughputPoint(10_500, 500, 0.0, null, null),
                                new ThroughputPoint(11_500, 2000, 0.0, null, null)))
                .latency(
                        LatencySummary.empty(),
                        null,
                        null,
                        List.of(new LatencyInterval(10_000, 0, 0, 0, 0), new LatencyInterval(11_000, 7, 40, 42, 42)))
                .build();
        TimeAxis time = TimeAxis.of(workload);

        List<double[]> rate = time.rate(workload.throughputOverTime(), ThroughputPoint::inputEvents);
        assertThat(rate).extracting(p -> p[1]).containsExactly(1000.0, 1000.0, 2000.0);
        assertThat(rate).extracting(p -> p[0]).containsExactly(0.0, 0.5, 1.5);
        assertThat(time.latency(workload.latencyOverTime(), LatencyInterval::p99, 1))
                .extracting(p -> p[1])
                .containsExactly(42.0);
    }

    private static LatencySummary.PercentilePoint point(double percentile, double valueMs) {
        return new LatencySummary.PercentilePoint(percentile, valueMs);
    }

    private static LatencySummary latency(List<LatencySummary.PercentilePoint> points) {
        return new LatencySummary(null, null, null, null, null, null, 1, points);
    }
}
