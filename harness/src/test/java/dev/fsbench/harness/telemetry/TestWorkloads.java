package dev.fsbench.harness.telemetry;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import java.util.Map;

/** A small workload for tests that fork a JVM with the telemetry options. */
public final class TestWorkloads {

    private TestWorkloads() {}

    public static WorkloadSpec withProperties(Map<String, String> engineProperties) {
        return new WorkloadSpec(
                "telemetry-test",
                1000,
                10_000,
                2_000,
                new WindowSpec(1000, 1000),
                100,
                KeyDistribution.UNIFORM,
                0,
                0,
                1,
                1,
                42,
                engineProperties);
    }
}
