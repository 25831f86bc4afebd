package dev.fsbench.harness.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.generator.RateSchedule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A ramp's schedule, judged slices, and the early stop's measure of how far behind the engine is. */
class RampPlanTest {

    private static WorkloadSpec spec(WindowSpec window) {
        return new WorkloadSpec(
                "s", 1_000, 30_000, 10_000, window, 100, KeyDistribution.UNIFORM, 1.0, 200, 2, 2, 1, Map.of());
    }

    @Test
    void stepsFollowTheWarmupOnTheSchedulesClock() {
        RampPlan ramp = new RampPlan(List.of(1_000L, 2_000L, 4_000L), 5_000, 10_000, 3_000);
        RateSchedule schedule = ramp.schedule();

        assertThat(schedule.rateAt(0)).isEqualTo(1_000);
        assertThat(schedule.rateAt(14_999)).isEqualTo(1_000);
        assertThat(schedule.rateAt(15_000)).isEqualTo(2_000);
        assertThat(schedule.rateAt(25_000)).isEqualTo(4_000);
        assertThat(ramp.judgedSlice(1, 100_000)).containsExactly(118_000L, 125_000L);

        WorkloadSpec spec = ramp.spec(spec(WindowSpec.tumbling(1_000)), "s-ramp1");
        assertThat(spec.warmupMs()).isEqualTo(5_000);
        assertThat(spec.durationMs()).isEqualTo(30_000);
        assertThat(spec.ratePerSec()).isEqualTo(4_000);
        assertThat(spec.engineProperties())
                .containsEntry(HarnessSettings.COMPLETION_TIMEOUT_MS.key(), "10000")
                .containsEntry(HarnessSettings.WARMUP_UNTIL_STEADY.key(), "false");
    }

    @Test
    void theTransitionCoversASlidePlusTheDisorderWithinHalfAStep() {
        assertThat(RampPlan.transitionMs(spec(WindowSpec.tumbling(1_000)), 10_000))
                .isEqualTo(3_000);
        assertThat(RampPlan.transitionMs(spec(WindowSpec.tumbling(5_000)), 10_000))
                .isEqualTo(5_000);
        assertThat(RampPlan.transitionMs(spec(WindowSpec.tumbling(60_000)), 10_000))
                .isEqualTo(5_000);
        assertThatThrownBy(() -> new RampPlan(List.of(1L), 0, 4_000, 4_000)).hasMessageContaining("shorter");
    }

    @Test
    void behindIsMeasuredOnTheSchedulesClockBeyondTheOpenWindows() {
        RampPlan ramp = new RampPlan(List.of(1_000L, 2_000L), 0, 10_000, 3_000);
        // tumbling 1 s + 200 ms disorder: 1.2 s of events are held in open windows
        BehindStop stop = new BehindStop(ramp.schedule(), spec(WindowSpec.tumbling(1_000)), 3_000, 0);

        // 15 s in: 10,000 + 10,000 events due; results account for the first 12 s (10,000 + 4,000)
        assertThat(stop.behindMs(15_000, 14_000)).isEqualTo(15_000 - 12_000 - 1_200);
        // everything due accounted for: not behind
        assertThat(stop.behindMs(15_000, 20_000)).isLessThanOrEqualTo(0);

        // sliding windows: every event is counted once per window it belongs to
        BehindStop sliding = new BehindStop(ramp.schedule(), spec(new WindowSpec(1_000, 100)), 3_000, 0);
        assertThat(sliding.behindMs(15_000, 14_000 * 10)).isEqualTo(15_000 - 12_000 - 1_200);
    }
}
