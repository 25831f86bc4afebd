package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.harness.kafka.KafkaBackends;
import dev.fsbench.harness.kafka.KafkaOptions;
import dev.fsbench.results.BurstAnalysis;
import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.SeriesPoint;
import dev.fsbench.results.WorkloadResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark Streaming's flow control on the real broker: with backpressure on and at most 1,000 events per second
 * per partition (2,000 ev/s over the two partitions), a burst of 3,000 ev/s cannot be taken in as it comes. No batch
 * may take more than the cap, the intake during the burst stays below what was sent (the excess waits in Kafka),
 * and every event is still counted once.
 */
class DStreamBackpressureIT {

    private static final long CAP_PER_PARTITION = 1_000;
    private static final int PARTITIONS = 2;

    @Test
    void aRateCapHoldsTheIntakeBelowTheBurstAndEveryEventIsStillCounted(@TempDir Path runDir) throws Exception {
        Map<String, String> properties = new HashMap<>(Map.of(
                "spark.streaming.backpressure.enabled", "true",
                "spark.streaming.kafka.maxRatePerPartition", Long.toString(CAP_PER_PARTITION),
                "harness.rateProfile", "1x for 5s; 3x for 6s; 1x for 12s",
                "harness.warmupUntilSteady", "false",
                "harness.generatorThreads", "1"));
        WorkloadSpec spec = new WorkloadSpec(
                "backpressure",
                1_000,
                23_000,
                6_000,
                WindowSpec.tumbling(1_000),
                200,
                KeyDistribution.UNIFORM,
                1.1,
                100,
                PARTITIONS,
                2,
                7,
                properties);
        RunResult result = new BenchmarkRun(
                        "it-dstream-backpressure",
                        runDir,
                        List.of(new WorkloadPlan(EngineDrivers.byName("spark-dstream"), spec, 1)),
                        KafkaBackends.create(KafkaBackends.EMBEDDED, KafkaOptions.defaults()),
                        BenchHome.locate(),
                        new Console(System.out, false))
                .execute();

        WorkloadResult workload = result.workloads().get(0);
        assertThat(workload.status()).as(workload.failureReason()).isEqualTo(RunStatus.OK);
        assertThat(workload.verification().passed()).isTrue();
        assertThat(workload.verification().eventsCounted())
                .isEqualTo(workload.verification().eventsExpected());

        // Spark sizes each batch's offset ranges to at most the cap: no batch took more
        double cap = CAP_PER_PARTITION * PARTITIONS;
        assertThat(points(workload, "spark.batch.inputEventsPerSecond"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.v().doubleValue()).isLessThanOrEqualTo(cap));
        assertThat(points(workload, "spark.batch.schedulingDelayMs")).isNotEmpty();
        assertThat(points(workload, "spark.batch.processingDelayMs")).isNotEmpty();

        BurstAnalysis burst = workload.rateProfile().bursts().get(0);
        assertThat(burst.intakeEventsPerSec()).isNotNull().isLessThan(burst.sentEventsPerSec());
        assertThat(burst.intakeCapped()).isTrue();
        assertThat(burst.peakBacklogEvents()).isGreaterThan(burst.preBurstBacklogEvents());

        BaselineEndToEndIT.assertValidAgainstSchema(runDir.resolve("result.json"));
    }

    private static List<SeriesPoint> points(WorkloadResult workload, String name) {
        return workload.engineMetrics().series().stream()
                .filter(s -> s.name().equals(name))
                .map(EngineMetrics.Series::points)
                .flatMap(List::stream)
                .toList();
    }
}
