package dev.fsbench.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.generator.RateSchedule;
import dev.fsbench.harness.scenario.RateStepText;
import org.junit.jupiter.api.Test;

class RateProfileTest {

    private static final RateProfile BURST =
            RateProfile.resolve(RateStepText.parseAll("1x for 20s; 3x for 10s; 1x for 20s"), 10_000, 5_000);

    @Test
    void theWarmupRunsAtTheBaseRateThenEachStepForItsDuration() {
        RateSchedule schedule = BURST.schedule();
        assertThat(schedule.rateAt(0)).isEqualTo(10_000);
        assertThat(schedule.rateAt(4_999)).isEqualTo(10_000);
        assertThat(schedule.rateAt(25_000)).isEqualTo(30_000);
        assertThat(schedule.rateAt(34_999)).isEqualTo(30_000);
        assertThat(schedule.rateAt(35_000)).isEqualTo(10_000);
        assertThat(schedule.rateAt(120_000))
                .as("the last step holds through the drain")
                .isEqualTo(10_000);
        // exactly the events the steps ask for, none lost or added at the step boundaries
        assertThat(schedule.eventsIn(55_000)).isEqualTo(50_000 + 200_000 + 300_000 + 200_000);
        assertThat(schedule.meanRate(5_000, 55_000)).isEqualTo(14_000.0);
    }

    @Test
    void eventsAreScheduledInOrderAcrossTheBurstsEdges() {
        RateSchedule schedule = BURST.schedule();
        long first = schedule.eventsIn(25_000);
        // the burst's first event is due at its start; its events are a third of the base spacing apart
        assertThat(schedule.offsetNanos(first)).isEqualTo(25_000_000_000L);
        assertThat(schedule.offsetNanos(first + 1) - schedule.offsetNanos(first))
                .isEqualTo(1_000_000_000L / 30_000);
        long afterBurst = schedule.eventsIn(35_000);
        assertThat(schedule.offsetNanos(afterBurst)).isEqualTo(35_000_000_000L);
        assertThat(schedule.offsetNanos(afterBurst - 1)).isLessThan(35_000_000_000L);
    }

    @Test
    void theBurstsAreTheStepsAboveTheBaseRateAndTheMeasuredPhaseIsTheSteps() {
        assertThat(BURST.durationMs()).isEqualTo(50_000);
        assertThat(BURST.bursts()).singleElement().satisfies(burst -> {
            assertThat(burst.index()).isEqualTo(1);
            assertThat(burst.offsetMs()).isEqualTo(20_000);
            assertThat(burst.endOffsetMs()).isEqualTo(30_000);
            assertThat(burst.ratePerSec()).isEqualTo(30_000);
        });
    }

    @Test
    void withoutAWarmupTheScheduleStartsWithTheFirstStep() {
        RateProfile profile = RateProfile.resolve(RateStepText.parseAll("5k for 2s; 1x for 2s"), 1_000, 0);
        assertThat(profile.schedule().rateAt(0)).isEqualTo(5_000);
        assertThat(profile.schedule().rateAt(2_000)).isEqualTo(1_000);
        assertThat(profile.bursts()).hasSize(1);
    }
}
