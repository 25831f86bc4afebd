package dev.fsbench.harness.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MembershipsDueTest {

    @ParameterizedTest(name = "size {0} ms, slide {1} ms")
    @CsvSource({"500, 500", "1000, 250", "1000, 300"})
    void membershipsDueByMatchTheGroundTruthAtEveryWindowEnd(long sizeMs, long slideMs) {
        WorkloadSpec spec = new WorkloadSpec(
                "t",
                4_000,
                1_000,
                200,
                new WindowSpec(sizeMs, slideMs),
                20,
                KeyDistribution.UNIFORM,
                1.0,
                150, // out of order across window boundaries
                1,
                1,
                7,
                Map.of());
        LoadGenerator generator =
                new LoadGenerator(spec, RateSchedule.constant(4_000), 300, false, 2, WarmupGate.FIXED);
        generator.run(
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()),
                "in",
                MeasuredPhaseListener.NONE,
                () -> false);

        GroundTruth truth = generator.truth();
        long[] bounds = {Long.MAX_VALUE, Long.MIN_VALUE}; // first and last window end
        truth.forEachWindow(s -> true, (start, word, count) -> {
            bounds[0] = Math.min(bounds[0], start + sizeMs);
            bounds[1] = Math.max(bounds[1], start + sizeMs);
        });
        assertThat(bounds[1]).isGreaterThan(bounds[0]);
        for (long end = bounds[0] - 2 * slideMs; end <= bounds[1] + slideMs; end += 50) {
            assertThat(generator.membershipsDueBy(end))
                    .as("memberships due by %d", end)
                    .isEqualTo(membershipsInTruth(truth, end));
        }
        assertThat(generator.membershipsDueBy(bounds[1]))
                .as("every membership is due by the last window's end")
                .isEqualTo(membershipsInTruth(truth, Long.MAX_VALUE))
                .isGreaterThanOrEqualTo(truth.events());
    }

    private static long membershipsInTruth(GroundTruth truth, long windowEnd) {
        long[] sum = {0};
        long size = truth.window().sizeMs();
        truth.forEachWindow(start -> start + size <= windowEnd, (start, word, count) -> sum[0] += count);
        return sum[0];
    }
}
