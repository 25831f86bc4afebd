package dev.fsbench.harness.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.results.ClockOffset;
import org.junit.jupiter.api.Test;

/**
 * The clock probe against a broker on this host, which shares the harness's clock: the broker's stamp was taken
 * between send and acknowledgement, so the measured offset must lie within the probe's own uncertainty of zero
 * (plus a millisecond for the two clocks' millisecond resolution). A sign or midpoint error would fail this.
 */
class KafkaClockProbeIT {

    @Test
    void aBrokerOnTheSameClockIsMeasuredAtZeroWithinTheProbesUncertainty() throws Exception {
        try (KafkaBackend backend = KafkaBackends.create(KafkaBackends.EMBEDDED, KafkaOptions.defaults())) {
            backend.start();

            ClockOffset offset = KafkaClockProbe.measure(backend);

            assertThat(offset.samples()).isEqualTo(KafkaClockProbe.SAMPLES - 1);
            assertThat(offset.uncertaintyMs()).isNotNegative();
            assertThat(Math.abs(offset.offsetMs())).isLessThanOrEqualTo(offset.uncertaintyMs() + 1.0);
            assertThat(offset.reliable()).isTrue();
        }
    }
}
