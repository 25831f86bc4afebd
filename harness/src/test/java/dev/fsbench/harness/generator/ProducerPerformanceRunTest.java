package dev.fsbench.harness.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProducerPerformanceRunTest {

    // as kafka-tools 4.2.0 prints them: periodic lines, the whole run's total, then the steady state's
    private static final String PERIODIC =
            "5437201 records sent, 1087005.6 records/sec (22.81 MB/sec), 14.2 ms avg latency, 301.0 ms max latency.";
    private static final String WHOLE = "20000000 records sent, 1010101.010101 records/sec (21.19 MB/sec), 12.10 ms"
            + " avg latency, 301.00 ms max latency, 8 ms 50th, 30 ms 95th, 60 ms 99th, 250 ms 99.9th.";
    private static final String STEADY = "18000000 steady state records sent, 1270000.500000 records/sec (26.64"
            + " MB/sec), 11.00 ms avg latency, 120.00 ms max latency, 8 ms 50th, 25 ms 95th, 50 ms 99th, 100 ms 99.9th.";

    @Test
    void readsTheSteadyStateTotalWhenThereIsOne() {
        assertThat(ProducerPerformanceRun.steadyRate(List.of(PERIODIC, WHOLE, "In steady state.", STEADY)))
                .contains(1_270_000.5);
    }

    @Test
    void readsTheWholeRunsTotalOtherwiseAndNeverAPeriodicLine() {
        assertThat(ProducerPerformanceRun.steadyRate(List.of(PERIODIC, WHOLE))).contains(1_010_101.010101);
        assertThat(ProducerPerformanceRun.steadyRate(List.of(PERIODIC))).isEmpty();
    }
}
