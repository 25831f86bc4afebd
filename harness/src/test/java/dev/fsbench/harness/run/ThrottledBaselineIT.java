package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.ThroughputPoint;
import dev.fsbench.results.WorkloadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ruler's sanity check on the real broker: a baseline throttled to N ev/s and driven at 2N must be measured
 * as processing about N, with a growing backlog, not sustained, and with the windows it had not reached when the
 * harness stopped waiting undelivered rather than missing. A generator asked for far more than one producer
 * thread can send must make its workload INVALID.
 */
class ThrottledBaselineIT {

    private static final long LIMIT = 2_000;

    @Test
    void anEngineDrivenBeyondItsLimitIsMeasuredAtItsLimitAndNotSustained(@TempDir Path runDir) throws Exception {
        List<WorkloadPlan> plans = List.of(
                new WorkloadPlan(
                        EngineDrivers.byName("baseline"),
                        // a warm-up long enough that the engine JVM's slower first seconds (class loading, JIT)
                        // are not part of the measured phase: the throttle, not the cold start, is measured
                        workload("throttled", 2 * LIMIT, 10_000, 6_000, WindowSpec.tumbling(200), Map.of()),
                        1),
                new WorkloadPlan(
                        EngineDrivers.byName("baseline"),
                        // far beyond what one producer thread sends: the generator falls behind its schedule (the
                        // engine is not throttled, so it keeps up and verifies: only the ruler failed)
                        workload(
                                "ruler-behind",
                                1_500_000,
                                300,
                                0,
                                WindowSpec.tumbling(100),
                                Map.of("baseline.throttleEventsPerSec", "0")),
                        1));

        RunResult result = TestEngines.runOnEmbeddedBroker("it-throttled", runDir, plans);

        WorkloadResult throttled = result.workloads().get(0);
        assertThat(throttled.status()).as(throttled.failureReason()).isEqualTo(RunStatus.OK);
        assertThat(throttled.throughput().inputEventsPerSec()).isGreaterThan(2 * LIMIT * 0.95);
        // the throttle is a ceiling: on a busy machine (CI shares two cores between broker, generator and engine)
        // the engine may deliver somewhat less, never much more; what must hold is that it is measured near N,
        // far below the 2N it was sent
        assertThat(throttled.throughput().processedEventsPerSec()).isBetween(LIMIT * 0.6, LIMIT * 1.15);
        List<ThroughputPoint> measured =
                MeasuredJudgement.measuredSeconds(throttled.generator(), throttled.throughputOverTime());
        double growth = measured.get(measured.size() - 1).backlogEvents()
                - measured.get(0).backlogEvents();
        // about N events more every second of the measured phase
        assertThat(growth).isGreaterThan(LIMIT * (measured.size() - 1) * 0.5);
        assertThat(throttled.sustainable().sustained()).isFalse();
        assertThat(throttled.sustainable().reasons())
                .anySatisfy(reason -> assertThat(reason).startsWith("the backlog grew by"))
                .anySatisfy(reason -> assertThat(reason).contains("still behind when the harness stopped waiting"));
        assertThat(throttled.verification().windowsUndelivered()).isPositive();
        assertThat(throttled.verification().windowsMissing()).isZero();
        assertThat(throttled.verification().passed()).isTrue();

        WorkloadResult behind = result.workloads().get(1);
        assertThat(behind.status()).as(behind.failureReason()).isEqualTo(RunStatus.INVALID);
        assertThat(behind.failureReason()).contains("the generator did not keep its schedule");
        assertThat(behind.sustainable()).isNull();
        assertThat(behind.verification().passed()).isTrue();
        assertThat(result.status()).as("an INVALID workload is never OK").isEqualTo(RunStatus.FAILED);

        BaselineEndToEndIT.assertValidAgainstSchema(runDir.resolve("result.json"));
    }

    private static WorkloadSpec workload(
            String name, long rate, long durationMs, long warmupMs, WindowSpec window, Map<String, String> extra) {
        Map<String, String> properties = new java.util.HashMap<>(Map.of(
                "jvm.heap", "512m",
                "baseline.throttleEventsPerSec", String.valueOf(LIMIT),
                "harness.completionMaxMs", "3000",
                "harness.warmupUntilSteady", "false",
                // one sender thread: several can put events further out of order than the bound while one lags
                "harness.generatorThreads", "1"));
        properties.putAll(extra);
        return new WorkloadSpec(
                name, rate, durationMs, warmupMs, window, 200, KeyDistribution.UNIFORM, 1.1, 100, 2, 2, 7, properties);
    }
}
