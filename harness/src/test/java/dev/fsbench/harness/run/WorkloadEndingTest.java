package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkloadEndingTest {

    private static final LoadOutcome COMPLETED = new LoadOutcome(null, null, null, false);

    @Test
    void anEngineThatExitsBadlyWhenStoppedFailsAnOtherwiseFineWorkload() {
        WorkloadEnding ending = WorkloadEnding.of(
                COMPLETED, Optional.of("engine JVM exited with code 1 when stopped"), false, Optional.empty());
        assertThat(ending.failureReason()).isEqualTo("engine JVM exited with code 1 when stopped");
        assertThat(ending.interrupted()).isFalse();
    }

    @Test
    void theLoadPhasesFailureComesFirst() {
        WorkloadEnding ending = WorkloadEnding.of(
                LoadOutcome.notStarted("collector failed: boom"),
                Optional.of("engine JVM exited with code 1 when stopped"),
                false,
                Optional.empty());
        assertThat(ending.failureReason()).isEqualTo("collector failed: boom");
    }

    @Test
    void duringAShutdownTheEnginesExitIsNoFailure() {
        WorkloadEnding ending = WorkloadEnding.of(
                COMPLETED, Optional.of("engine JVM exited with code 137 when stopped"), true, Optional.empty());
        assertThat(ending.failureReason()).isNull();
        assertThat(ending.interrupted()).isTrue();
    }

    @Test
    void aFailedBrokerIsBlamedBeforeTheWorkload() {
        WorkloadEnding ending = WorkloadEnding.of(
                LoadOutcome.notStarted("engine JVM died during the run"),
                Optional.empty(),
                false,
                Optional.of("Kafka unavailable: embedded at 127.0.0.1:9092: the broker JVM exited with code 1"));
        assertThat(ending.failureReason())
                .isEqualTo("Kafka unavailable: embedded at 127.0.0.1:9092: the broker JVM exited with code 1\n"
                        + "(then the workload: engine JVM died during the run)");
    }

    @Test
    void aFailedBrokerAloneDoesNotFailAWorkloadThatWentWell() {
        assertThat(WorkloadEnding.of(COMPLETED, Optional.empty(), false, Optional.of("gone"))
                        .failureReason())
                .isNull();
    }
}
