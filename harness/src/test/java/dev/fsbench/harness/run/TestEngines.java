package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.TestEngineDrivers;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.EngineDriver;
import dev.fsbench.harness.engine.EngineTempFiles;
import dev.fsbench.harness.kafka.KafkaBackends;
import dev.fsbench.harness.kafka.KafkaOptions;
import dev.fsbench.harness.result.ResultWriter;
import dev.fsbench.results.RunResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Engines and workloads for the harness's own integration tests. */
public final class TestEngines {

    private TestEngines() {}

    static final EngineDriver CRASHING = TestEngineDrivers.onTestClasspath("crashing", CrashingEngine.class);

    static WorkloadSpec workload(
            String name, long rate, long durationMs, WindowSpec window, KeyDistribution keys, long outOfOrdernessMs) {
        return new WorkloadSpec(
                name,
                rate,
                durationMs,
                2_000,
                window,
                200,
                keys,
                1.1,
                outOfOrdernessMs,
                2,
                2,
                7,
                Map.of("jvm.heap", "512m"));
    }

    /** Every process started below this JVM, now. */
    static List<ProcessHandle> descendants() {
        return ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .toList();
    }

    /** {@code plans} through the real run loop on a fresh embedded broker, the console on stdout. */
    public static RunResult runOnEmbeddedBroker(String runId, Path runDir, List<WorkloadPlan> plans) throws Exception {
        return new BenchmarkRun(
                        runId,
                        runDir,
                        plans,
                        KafkaBackends.create(KafkaBackends.EMBEDDED, KafkaOptions.defaults()),
                        BenchHome.locate(),
                        new Console(System.out, false))
                .execute();
    }

    /**
     * What an engine's end-to-end run must leave: a {@code result.json} valid against the schema, no process
     * started since {@code before} still running, and no engine temp dir under the run (each engine JVM's temp
     * dir, RocksDB and Flink's io dirs included, is deleted after it).
     */
    static void assertRunLeftNothing(Path runDir, List<ProcessHandle> before) throws Exception {
        BaselineEndToEndIT.assertValidAgainstSchema(runDir.resolve(ResultWriter.RESULT_FILE));
        assertThat(descendants().stream().filter(p -> !before.contains(p)))
                .as("child processes left running")
                .isEmpty();
        assertThat(EngineTempFiles.leftUnder(runDir))
                .as("engine temp dirs left")
                .isEmpty();
    }
}
