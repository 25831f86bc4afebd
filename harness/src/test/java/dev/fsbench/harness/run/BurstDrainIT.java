package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.harness.kafka.KafkaBackends;
import dev.fsbench.harness.kafka.KafkaOptions;
import dev.fsbench.harness.profile.IntakeSeries;
import dev.fsbench.results.BurstAnalysis;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A burst on the real broker: a baseline throttled to 2,000 ev/s, offered 1,000 ev/s with 3,000 ev/s for 6 s,
 * must pile up a backlog during the burst (the throttle lets it work off at most 1,000 of the 2,000 extra events a
 * second), work it off after the burst (at up to 1,000 ev/s spare), and still deliver every window right. The
 * throttle is a ceiling: on a busy machine the engine may be slower, so only the direction of each figure is
 * asserted, not its size.
 */
class BurstDrainIT {

    static final long BASE = 1_000;
    static final String PROFILE = "1x for 6s; 3x for 6s; 1x for 16s";

    @Test
    void aThrottledEngineBuildsABacklogDuringTheBurstAndDrainsItAfter(@TempDir Path runDir) throws Exception {
        Map<String, String> properties = new HashMap<>(Map.of(
                "jvm.heap", "512m",
                "baseline.throttleEventsPerSec", "2000",
                "harness.rateProfile", PROFILE,
                "harness.warmupUntilSteady", "false",
                "harness.generatorThreads", "1"));
        WorkloadSpec spec = new WorkloadSpec(
                "burst",
                BASE,
                28_000,
                5_000,
                WindowSpec.tumbling(500),
                200,
                KeyDistribution.UNIFORM,
                1.1,
                100,
                2,
                2,
                7,
                properties);
        RunResult result = new BenchmarkRun(
                        "it-burst",
                        runDir,
                        List.of(new WorkloadPlan(EngineDrivers.byName("baseline"), spec, 1)),
                        KafkaBackends.create(KafkaBackends.EMBEDDED, KafkaOptions.defaults()),
                        BenchHome.locate(),
                        new Console(System.out, false))
                .execute();

        WorkloadResult workload = result.workloads().get(0);
        assertThat(workload.status()).as(workload.failureReason()).isEqualTo(RunStatus.OK);
        assertThat(workload.verification().verified()).isTrue();
        assertThat(workload.verification().windowsMissing()).isZero();
        assertThat(workload.verification().windowsUndelivered()).isZero();
        // the generator followed the profile: a third more events than at the base rate alone (1,000 x 28 s + 12,000)
        assertThat(workload.generator().measuredEvents()).isGreaterThan(BASE * 28 + 10_000);

        assertThat(workload.rateProfile().steps()).hasSize(3);
        assertThat(workload.rateProfile().bursts()).hasSize(1);
        BurstAnalysis burst = workload.rateProfile().bursts().get(0);
        assertThat(burst.ratePerSec()).isEqualTo(3 * BASE);
        assertThat(burst.endEpochMs() - burst.startEpochMs()).isEqualTo(6_000);
        // at least half of the 6,000 events the throttle cannot take during the burst wait at its end
        assertThat(burst.peakBacklogEvents()).isGreaterThan(burst.preBurstBacklogEvents() + 3_000);
        assertThat(burst.drainMs())
                .as("drained before the run ended")
                .isNotNull()
                .isPositive();
        assertThat(burst.peakLatencyMs()).isNotNull().isPositive();
        // the throttled loop polls no faster than it counts: the excess waited in Kafka
        assertThat(workload.engineMetrics().series())
                .anySatisfy(s -> assertThat(s.name()).isEqualTo(IntakeSeries.NAME));
        assertThat(burst.intakeEventsPerSec()).isLessThan(burst.sentEventsPerSec());
        assertThat(burst.intakeCapped()).isTrue();

        BaselineEndToEndIT.assertValidAgainstSchema(runDir.resolve("result.json"));
    }
}
