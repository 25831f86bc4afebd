package dev.fsbench.harness.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateScheduleTest {

    @Test
    void eventsAreEvenlySpacedFromTheStart() {
        RateSchedule schedule = new RateSchedule(4, 1_000, 50_000);
        assertThat(schedule.dueNanos(0)).isEqualTo(1_000);
        assertThat(schedule.dueNanos(1)).isEqualTo(1_000 + 250_000_000L);
        assertThat(schedule.dueNanos(4)).isEqualTo(1_000 + 1_000_000_000L);
        assertThat(schedule.scheduledEpochMillis(2)).isEqualTo(50_500);
    }

    @Test
    void scheduleDoesNotDriftOverLongRunsAtUnevenRates() {
        RateSchedule schedule = new RateSchedule(3, 0, 0);
        // 3 ev/s: a per-event increment of 333,333,333 ns would lose 1 ns per event; the schedule must not
        assertThat(schedule.dueNanos(3 * 3600)).isEqualTo(3600L * 1_000_000_000L);
        assertThat(schedule.dueNanos(3 * 3600 + 1)).isEqualTo(3600L * 1_000_000_000L + 333_333_333L);
    }

    @Test
    void noOverflowForBillionsOfEvents() {
        RateSchedule schedule = new RateSchedule(1_000_000, 0, 0);
        long tenBillion = 10_000_000_000L;
        assertThat(schedule.dueNanos(tenBillion)).isEqualTo(10_000L * 1_000_000_000L);
    }

    @Test
    void eventsInCountsWholePhase() {
        assertThat(new RateSchedule(20_000, 0, 0).eventsIn(30_000)).isEqualTo(600_000);
    }

    @Test
    void rejectsNonPositiveRate() {
        assertThatThrownBy(() -> new RateSchedule(0, 0, 0)).hasMessageContaining("rate must be > 0");
    }
}
