package dev.fsbench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionWatermarksTest {

    @Test
    void aPartitionNotHeardFromYetHoldsTheWatermarkBack() {
        PartitionWatermarks watermarks = new PartitionWatermarks(List.of(0, 1), 200, 5_000, 0);
        watermarks.observe(0, 10_000, 100);
        assertThat(watermarks.current(100)).isEqualTo(Long.MIN_VALUE);
        watermarks.observe(1, 9_000, 150);
        assertThat(watermarks.current(150)).isEqualTo(9_000 - 200);
    }

    @Test
    void theSlowestPartitionDecides() {
        PartitionWatermarks watermarks = new PartitionWatermarks(List.of(0, 1), 200, 5_000, 0);
        watermarks.observe(0, 20_000, 10);
        watermarks.observe(1, 12_000, 10);
        watermarks.observe(0, 25_000, 20);
        assertThat(watermarks.current(20)).isEqualTo(12_000 - 200);
    }

    @Test
    void anIdlePartitionStopsHoldingItBack() {
        PartitionWatermarks watermarks = new PartitionWatermarks(List.of(0, 1), 200, 5_000, 0);
        watermarks.observe(0, 20_000, 1_000);
        watermarks.observe(0, 21_000, 6_500);
        // partition 1 silent since events began to flow, more than 5 s ago
        assertThat(watermarks.current(6_500)).isEqualTo(21_000 - 200);
    }

    @Test
    void silenceCountsFromTheFirstEventNotFromTheEnginesStart() {
        // the generator started 8 s after the engine: partition 1 is not idle just because nothing came yet
        PartitionWatermarks watermarks = new PartitionWatermarks(List.of(0, 1), 200, 5_000, 0);
        watermarks.observe(0, 20_000, 8_000);
        assertThat(watermarks.current(8_000)).isEqualTo(Long.MIN_VALUE);
    }
}
