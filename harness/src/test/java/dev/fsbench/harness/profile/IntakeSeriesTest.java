package dev.fsbench.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.MetricSink;
import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.SeriesPoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntakeSeriesTest {

    @Test
    void aRunningTotalBecomesEventsPerWholeSecond() {
        // reported twice a second, off the second boundaries, at 1,000 events a second
        List<SeriesPoint> totals = List.of(
                new SeriesPoint(10_250, 250), new SeriesPoint(10_750, 750),
                new SeriesPoint(11_250, 1_250), new SeriesPoint(11_750, 1_750),
                new SeriesPoint(12_250, 2_250), new SeriesPoint(13_250, 3_250));
        EngineMetrics.Series intake = IntakeSeries.derive(
                        List.of(new EngineMetrics.Series(MetricSink.INTAKE_EVENTS_TOTAL, Map.of(), totals)))
                .orElseThrow();

        assertThat(intake.name()).isEqualTo("intake.eventsPerSecond");
        assertThat(intake.points()).extracting(SeriesPoint::t).containsExactly(11_000L, 12_000L);
        assertThat(intake.points()).extracting(p -> p.v().doubleValue()).containsExactly(1_000.0, 1_000.0);
    }

    @Test
    void aBatchIsSpreadOverTheTimeSinceThePreviousReportAndARestartDoesNotGoNegative() {
        List<SeriesPoint> totals = List.of(
                new SeriesPoint(0, 0),
                new SeriesPoint(2_000, 4_000), // one batch of 4,000 over 2 s
                new SeriesPoint(3_000, 100), // restarted, counting from 0 again
                new SeriesPoint(4_000, 1_100));
        assertThat(IntakeSeries.perSecond(IntakeSeries.continuous(totals)))
                .extracting(p -> p.v().doubleValue())
                .containsExactly(2_000.0, 2_000.0, 100.0, 1_000.0);
    }

    @Test
    void anEngineThatReportedNoIntakeHasNoSeries() {
        assertThat(IntakeSeries.derive(List.of(new EngineMetrics.Series("other", Map.of(), List.of()))))
                .isEmpty();
    }
}
