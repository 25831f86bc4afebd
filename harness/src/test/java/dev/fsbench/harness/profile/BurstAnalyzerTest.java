package dev.fsbench.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.scenario.RateStepText;
import dev.fsbench.results.BurstAnalysis;
import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.RateProfileResult;
import dev.fsbench.results.SeriesPoint;
import dev.fsbench.results.ThroughputPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An engine that processes at most 2,000 ev/s, offered 1,000 ev/s with a burst of 3,000 ev/s for 10 s: its backlog
 * grows by 1,000 events a second during the burst and shrinks by 1,000 a second after it, so it drains 10 s after
 * the burst's end. (Synthetic per-second series in the shapes the harness records.)
 */
class BurstAnalyzerTest {

    private static final long START = 1_800_000_000_000L;
    private static final long WARMUP = 10_000;
    private static final RateProfile PROFILE =
            RateProfile.resolve(RateStepText.parseAll("1x for 20s; 3x for 10s; 1x for 30s"), 1_000, WARMUP);

    @Test
    void aThrottledEngineDrainsItsBurstAfterItEnds() {
        RateProfileResult result = BurstAnalyzer.analyze(PROFILE, START, 0, limitedEngine(2_000, true));

        assertThat(result.baseRatePerSec()).isEqualTo(1_000);
        assertThat(result.steps())
                .extracting(RateProfileResult.Step::ratePerSec)
                .containsExactly(1_000L, 3_000L, 1_000L);
        assertThat(result.steps().get(1).startEpochMs()).isEqualTo(START + WARMUP + 20_000);
        BurstAnalysis burst = result.bursts().get(0);
        assertThat(burst.step()).isEqualTo(1);
        assertThat(burst.preBurstBacklogEvents()).isEqualTo(500);
        assertThat(burst.peakBacklogEvents()).isEqualTo(11_500);
        assertThat(burst.drainMs()).isEqualTo(10_000);
        assertThat(burst.peakLatencyMs()).isEqualTo(5_500);
        assertThat(burst.sentEventsPerSec()).isEqualTo(3_000);
        assertThat(burst.intakeEventsPerSec()).isEqualTo(2_000);
        assertThat(burst.intakeCapped()).isTrue();
    }

    @Test
    void anEngineThatTakesEverythingInIsNotCappedAndOneThatKeepsUpDrainsAtOnce() {
        BurstAnalysis queuedInside = BurstAnalyzer.analyze(PROFILE, START, 0, limitedEngine(2_000, false))
                .bursts()
                .get(0);
        assertThat(queuedInside.intakeCapped()).isFalse();
        assertThat(queuedInside.drainMs()).isEqualTo(10_000);

        BurstAnalysis keptUp = BurstAnalyzer.analyze(PROFILE, START, 0, limitedEngine(1_000_000, true))
                .bursts()
                .get(0);
        // what was in flight at three times the rate is through within the next second
        assertThat(keptUp.drainMs()).isEqualTo(1_000);
        assertThat(keptUp.intakeCapped()).isFalse();
    }

    @Test
    void aBacklogStillHighWhenTheSeriesEndsHasNotDrainedAndNoIntakeMeansUnknown() {
        BurstAnalyzer.Series series = limitedEngine(1_200, true);
        BurstAnalysis burst = BurstAnalyzer.analyze(
                        PROFILE, START, 0, new BurstAnalyzer.Series(series.throughput(), series.latency(), List.of()))
                .bursts()
                .get(0);
        assertThat(burst.drainMs()).isNull();
        assertThat(burst.intakeEventsPerSec()).isNull();
        assertThat(burst.intakeCapped()).isNull();
    }

    /**
     * Per second from the schedule's start to 10 s after the profile: sent, processed (at most {@code capacity}),
     * the backlog (half a second of input in flight, plus what waits), latency growing with the backlog, and the
     * intake: what was processed when the engine takes in only what it processes, else what was sent.
     */
    private static BurstAnalyzer.Series limitedEngine(long capacity, boolean intakeFollowsProcessing) {
        List<ThroughputPoint> seconds = new ArrayList<>();
        List<LatencyInterval> latency = new ArrayList<>();
        List<SeriesPoint> intake = new ArrayList<>();
        double waiting = 0;
        for (long s = 0; s < (WARMUP + PROFILE.durationMs()) / 1000 + 10; s++) {
            long t = START + s * 1000;
            long offset = t - START - WARMUP;
            long sent = offset >= 20_000 && offset < 30_000 ? 3_000 : 1_000;
            double processed = Math.min(capacity, sent + waiting);
            waiting += sent - processed;
            double backlog = sent / 2.0 + waiting;
            seconds.add(new ThroughputPoint(t, sent, processed, backlog, 0.0));
            latency.add(new LatencyInterval(t + 1000, 100, 400, 500, 500 + 1000 * waiting / 2_000));
            intake.add(new SeriesPoint(t, intakeFollowsProcessing ? processed : sent));
        }
        return new BurstAnalyzer.Series(
                seconds, latency, List.of(new EngineMetrics.Series(IntakeSeries.NAME, Map.of(), intake)));
    }
}
