package dev.fsbench.harness.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RateScheduleTest {

    @Test
    void eventsAreEvenlySpacedFromTheStart() {
        RateSchedule.Anchored schedule = RateSchedule.constant(4).startingAt(1_000, 50_000);
        assertThat(schedule.dueNanos(0)).isEqualTo(1_000);
        assertThat(schedule.dueNanos(1)).isEqualTo(1_000 + 250_000_000L);
        assertThat(schedule.dueNanos(4)).isEqualTo(1_000 + 1_000_000_000L);
        assertThat(schedule.scheduledEpochMillis(2)).isEqualTo(50_500);
    }

    @Test
    void scheduleDoesNotDriftOverLongRunsAtUnevenRates() {
        RateSchedule schedule = RateSchedule.constant(3);
        // 3 ev/s: a per-event increment of 333,333,333 ns would lose 1 ns per event; the schedule must not
        assertThat(schedule.offsetNanos(3 * 3600)).isEqualTo(3600L * 1_000_000_000L);
        assertThat(schedule.offsetNanos(3 * 3600 + 1)).isEqualTo(3600L * 1_000_000_000L + 333_333_333L);
    }

    @Test
    void noOverflowForBillionsOfEvents() {
        RateSchedule schedule = RateSchedule.constant(1_000_000);
        long tenBillion = 10_000_000_000L;
        assertThat(schedule.offsetNanos(tenBillion)).isEqualTo(10_000L * 1_000_000_000L);
    }

    @Test
    void eventsInCountsWholePhase() {
        assertThat(RateSchedule.constant(20_000).eventsIn(30_000)).isEqualTo(600_000);
    }

    @Test
    void rejectsNonPositiveRate() {
        assertThatThrownBy(() -> RateSchedule.constant(0)).hasMessageContaining("rate must be > 0");
        assertThatThrownBy(() -> new RateSchedule.Step(1_000, -5)).hasMessageContaining("rate must be > 0");
        assertThatThrownBy(() -> new RateSchedule.Step(0, 5)).hasMessageContaining("must last > 0 ms");
        assertThatThrownBy(() -> RateSchedule.steps(List.of())).hasMessageContaining("at least one step");
    }

    @Test
    void aSteppedRampSchedulesEachStepAtItsOwnRateFromItsOwnStart() {
        RateSchedule ramp = RateSchedule.steps(List.of(
                new RateSchedule.Step(500, 4), // 2 events: 0, 250 ms
                new RateSchedule.Step(1_000, 10), // 10 events: 500, 600, ..., 1400 ms
                new RateSchedule.Step(1_000, 2))); // the last step holds on: 1500, 2000, 2500, ... ms

        List<Long> millis = LongStream.range(0, 16)
                .map(i -> ramp.offsetNanos(i) / 1_000_000)
                .boxed()
                .toList();

        assertThat(millis)
                .containsExactly(
                        0L, 250L, 500L, 600L, 700L, 800L, 900L, 1000L, 1100L, 1200L, 1300L, 1400L, 1500L, 2000L, 2500L,
                        3000L);
        assertThat(ramp.eventsIn(500)).isEqualTo(2);
        assertThat(ramp.eventsIn(1_500)).isEqualTo(12);
        assertThat(ramp.eventsIn(3_500)).isEqualTo(16);
        assertThat(ramp.rateAt(499)).isEqualTo(4);
        assertThat(ramp.rateAt(500)).isEqualTo(10);
        assertThat(ramp.rateAt(60_000)).isEqualTo(2);
        assertThat(ramp.meanRate(500, 2_500)).isEqualTo(6.0); // 1 s at 10, 1 s at 2
    }

    @Test
    void aSteppedScheduleStaysExactAcrossStepsAtUnevenRates() {
        RateSchedule ramp = RateSchedule.steps(List.of(new RateSchedule.Step(3_000, 3), new RateSchedule.Step(1, 7)));
        // 9 events in the first step, then the second step starts exactly at 3 s
        assertThat(ramp.offsetNanos(8)).isEqualTo(2_666_666_666L);
        assertThat(ramp.offsetNanos(9)).isEqualTo(3_000_000_000L);
        assertThat(ramp.offsetNanos(9 + 7 * 3600)).isEqualTo(3_000_000_000L + 3600L * 1_000_000_000L);
    }

    @Test
    void aBurstRaisesTheRateForItsDurationThenTheScheduleGoesOnAsBefore() {
        RateSchedule burst = RateSchedule.constant(10).withBurst(1_000, 500, 100);

        assertThat(burst.offsetNanos(9)).isEqualTo(900_000_000L);
        assertThat(burst.offsetNanos(10)).isEqualTo(1_000_000_000L); // the burst's first event
        assertThat(burst.offsetNanos(11)).isEqualTo(1_010_000_000L);
        assertThat(burst.offsetNanos(59)).isEqualTo(1_490_000_000L); // its 50th and last
        assertThat(burst.offsetNanos(60)).isEqualTo(1_500_000_000L); // back to 10 ev/s
        assertThat(burst.offsetNanos(61)).isEqualTo(1_600_000_000L);
        assertThat(burst.eventsIn(2_000)).isEqualTo(10 + 50 + 5);
        assertThat(burst.meanRate(0, 2_000)).isEqualTo((1_500 * 10 + 500 * 100) / 2_000.0);
    }

    @Test
    void aBurstInsideAStepKeepsTheStepsAroundIt() {
        RateSchedule schedule = RateSchedule.steps(
                        List.of(new RateSchedule.Step(1_000, 10), new RateSchedule.Step(1_000, 20)))
                .withBurst(500, 1_000, 100);
        assertThat(schedule.rateAt(0)).isEqualTo(10);
        assertThat(schedule.rateAt(500)).isEqualTo(100);
        assertThat(schedule.rateAt(1_499)).isEqualTo(100);
        assertThat(schedule.rateAt(1_500)).isEqualTo(20);
        assertThat(schedule.eventsIn(2_000)).isEqualTo(5 + 100 + 10);
    }
}
