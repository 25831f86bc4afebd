package dev.fsbench.harness.run;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.TestEngineDrivers;
import dev.fsbench.harness.engine.EngineDriver;
import java.util.List;
import java.util.Map;

/** Engines and workloads for the harness's own integration tests. */
final class TestEngines {

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
}
