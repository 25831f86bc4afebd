package dev.fsbench.harness.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.RecoveryResult;
import dev.fsbench.results.ThroughputPoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recovery from the per-second series a run writes (latencyOverTime: t is the end of a second; throughputOverTime:
 * t its start), shaped as a killed engine makes them: steady seconds, seconds without output while it restarts, a
 * catch-up second, steady again.
 */
class RecoveryMeasureTest {

    private static final long START = 1_796_000_000_000L;
    private static final long[] NO_WINDOWS = {0, 0};

    @Test
    void recoveredAtTheFirstOfThreeSecondsBackInTheBand() {
        List<LatencyInterval> latency = new ArrayList<>();
        List<ThroughputPoint> throughput = new ArrayList<>();
        for (int second = 0; second < 20; second++) {
            boolean down = second >= 6 && second <= 9; // killed at 5.5 s, no output while it restarts
            double p99 = second == 10 ? 4_800 : second == 11 ? 900 : 300 + second % 3 * 10;
            latency.add(new LatencyInterval(START + (second + 1) * 1000L, down ? 0 : 1000, 250, p99, p99 + 20));
            double backlog = down ? (second - 5) * 1000.0 : second == 10 ? 4_700 : 200;
            throughput.add(new ThroughputPoint(START + second * 1000L, 1000, 1000.0, backlog, 0.0));
        }
        FaultEvent kill = new FaultEvent(new FaultSpec(FaultKind.KILL_ENGINE, 5_500), START + 5_500, "killed", false);

        RecoveryResult result = RecoveryMeasure.of(
                        List.of(kill), START, latency, throughput, (from, to) -> new long[] {0, 3})
                .get(0);

        // band: 99th percentile of the pre-fault p99s (300-320 ms) x 1.1 + 100 ms, about 452 ms; second 11 (p99
        // 900) is still above it, seconds 12-14 are within: recovered at 12 s, 6.5 s after the fault
        assertThat(result.recoveryMs()).isEqualTo(6_500);
        assertThat(result.latencyPeakMs()).isEqualTo(4_820);
        assertThat(result.backlogPeakEvents()).isEqualTo(4_700);
        assertThat(result.atMs()).isEqualTo(5_500);
        assertThat(result.windowsDuplicated()).isEqualTo(3);
        assertThat(result.detail()).startsWith("killed; pre-fault band: p99 <= 4");
    }

    /**
     * An exactly-once sink commits every 2 s, so every other second is empty, before the fault and after it; the
     * outage (no output for 8 s) is longer than that usual pause. Measured on a standalone Flink cluster
     * (scenarios/failures/flink-kill-worker-exactly-once.yaml), where the old rule, three seconds in a row with
     * output, never saw a recovery although latency was back at its pre-fault level 2 s after the peak.
     */
    @Test
    void anEngineThatDeliversEveryOtherSecondRecoversOverItsUsualPauses() {
        List<LatencyInterval> latency = new ArrayList<>();
        for (int second = 0; second < 30; second++) {
            boolean outage = second >= 6 && second <= 13; // killed at 5.5 s
            boolean commit = second % 2 == 0;
            double p99 = second == 14 ? 9_000 : 500;
            boolean delivered = !outage && (commit || second == 14);
            latency.add(new LatencyInterval(START + (second + 1) * 1000L, delivered ? 1000 : 0, 400, p99, p99 + 20));
        }
        FaultEvent kill = new FaultEvent(new FaultSpec(FaultKind.KILL_WORKER, 5_500), START + 5_500, "killed", false);

        RecoveryResult result = RecoveryMeasure.of(List.of(kill), START, latency, List.of(), (from, to) -> NO_WINDOWS)
                .get(0);

        // second 14 is the catch-up peak; seconds 16, 18 and 20 deliver within the band with one empty second
        // between each, the pause before the fault: recovered at the start of second 16, 10.5 s after the fault
        assertThat(result.recoveryMs()).isEqualTo(10_500);
        assertThat(result.latencyPeakMs()).isEqualTo(9_020);
    }

    /** Three good seconds around an outage longer than any pause before the fault are not a recovery. */
    @Test
    void anOutageLongerThanTheUsualPauseBreaksTheRun() {
        List<LatencyInterval> latency = new ArrayList<>();
        for (int second = 0; second < 16; second++) {
            boolean delivered = second < 6 || second == 7 || second == 12 || second == 14;
            double p99 = second == 14 ? 5_000 : 300;
            latency.add(new LatencyInterval(START + (second + 1) * 1000L, delivered ? 1000 : 0, 250, p99, p99 + 20));
        }
        FaultEvent kill = new FaultEvent(new FaultSpec(FaultKind.KILL_ENGINE, 5_500), START + 5_500, "killed", false);

        RecoveryResult result = RecoveryMeasure.of(List.of(kill), START, latency, List.of(), (from, to) -> NO_WINDOWS)
                .get(0);

        assertThat(result.recoveryMs()).isNull();
    }

    @Test
    void anEngineStillOutsideTheBandWhenTheSeriesEndsHasNotRecovered() {
        List<LatencyInterval> latency = new ArrayList<>();
        for (int second = 0; second < 12; second++) {
            double p99 = second < 5 ? 300 : 2_000 + second * 100; // never comes back
            latency.add(new LatencyInterval(START + (second + 1) * 1000L, 100, 200, p99, p99));
        }
        FaultEvent fault =
                new FaultEvent(new FaultSpec(FaultKind.ADD_PARTITIONS, 5_000), START + 5_000, "added", false);

        RecoveryResult result = RecoveryMeasure.of(List.of(fault), START, latency, List.of(), (from, to) -> NO_WINDOWS)
                .get(0);

        assertThat(result.recoveryMs()).isNull();
        assertThat(result.latencyPeakMs()).isEqualTo(3_100);
    }

    @Test
    void withoutSecondsOfOutputBeforeTheFaultThereIsNoBandToJudgeBy() {
        List<LatencyInterval> latency = List.of(
                new LatencyInterval(START + 1000, 10, 200, 300, 300),
                new LatencyInterval(START + 2000, 10, 200, 300, 300),
                new LatencyInterval(START + 3000, 10, 200, 300, 300));
        FaultEvent early = new FaultEvent(new FaultSpec(FaultKind.KILL_ENGINE, 500), START + 500, "killed", false);

        RecoveryResult result = RecoveryMeasure.of(List.of(early), START, latency, List.of(), (from, to) -> NO_WINDOWS)
                .get(0);

        assertThat(result.recoveryMs()).isNull();
        assertThat(result.detail()).contains("no pre-fault band");
    }

    @Test
    void eachFaultOwnsTheWindowsSinceThePreviousOneAndAFaultNeverInjectedSaysSo() {
        List<long[]> asked = new ArrayList<>();
        FaultEvent first = new FaultEvent(new FaultSpec(FaultKind.ADD_PARTITIONS, 2_000), START + 2_000, "a", false);
        FaultEvent second = new FaultEvent(new FaultSpec(FaultKind.KILL_ENGINE, 8_000), START + 8_000, "k", false);
        FaultEvent never = FaultEvent.notInjected(new FaultSpec(FaultKind.KILL_ENGINE, 9_000));

        List<RecoveryResult> results =
                RecoveryMeasure.of(List.of(first, second, never), START, List.of(), List.of(), (from, to) -> {
                    asked.add(new long[] {from, to});
                    return NO_WINDOWS;
                });

        assertThat(asked).hasSize(2);
        assertThat(asked.get(0)).containsExactly(Long.MIN_VALUE, START + 8_000);
        assertThat(asked.get(1)).containsExactly(START + 2_000, Long.MAX_VALUE);
        assertThat(results.get(2).detail()).contains("not injected");
        assertThat(results.get(2).recoveryMs()).isNull();
    }
}
