package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SparkMemoryTest {

    /** Every unit cluster.workerMemory accepts, in whole MiB with the unit written out (Spark's m). */
    @Test
    void theKnobsSizesBecomeWholeMebibytes() {
        assertThat(SparkMemory.forSpark("1g")).isEqualTo("1024m");
        assertThat(SparkMemory.forSpark("1 gb")).isEqualTo("1024m");
        assertThat(SparkMemory.forSpark("768mebibytes")).isEqualTo("768m");
        assertThat(SparkMemory.forSpark("2048kb")).isEqualTo("2m");
        assertThat(SparkMemory.forSpark("1073741824")).as("no unit: bytes").isEqualTo("1024m");
        assertThat(SparkMemory.mebibytes("1t")).isEqualTo(1024 * 1024);
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> SparkMemory.mebibytes("lots")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SparkMemory.mebibytes("1q")).isInstanceOf(IllegalArgumentException.class);
    }
}
