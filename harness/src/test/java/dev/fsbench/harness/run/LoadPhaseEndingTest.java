package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoadPhaseEndingTest {

    @Test
    void aFailedCloseAfterACleanPhaseBecomesTheFailureReason() {
        LoadPhase.Ending clean = new LoadPhase.Ending(null, null, false);

        LoadPhase.Ending closed = clean.afterCloseFailure("TimeoutException: flush timed out");

        assertThat(closed.failureReason())
                .isEqualTo("closing the load phase failed: TimeoutException: flush timed out");
        assertThat(closed.interrupted()).isFalse();
    }

    @Test
    void theFirstFailureStaysTheReason() {
        LoadPhase.Ending engineDied = new LoadPhase.Ending(null, "engine JVM died during the run", false);

        assertThat(engineDied.afterCloseFailure("TimeoutException").failureReason())
                .isEqualTo("engine JVM died during the run");
    }
}
