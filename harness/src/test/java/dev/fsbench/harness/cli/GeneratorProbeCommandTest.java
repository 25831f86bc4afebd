package dev.fsbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeneratorProbeCommandTest {

    @Test
    void anUnknownProducerSettingStopsTheProbeBeforeTheBrokerStarts() {
        CliOutcome o = CliOutcome.run("generator-probe", "--compare-producer-perf", "--producer-setting", "ack=1");
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("'ack' is no Kafka producer setting");
        assertThat(o.out()).doesNotContain("broker up");
    }

    @Test
    void aBadProducerSettingValueStopsTheProbe() {
        CliOutcome o = CliOutcome.run("generator-probe", "--producer-setting", "batch.size=lots");
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("batch.size");
    }
}
