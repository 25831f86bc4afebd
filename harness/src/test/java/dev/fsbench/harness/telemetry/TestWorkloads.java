package dev.fsbench.harness.telemetry;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import java.util.Map;

final class TestWorkloads {

    private TestWorkloads() {}

    static WorkloadSpec withProperties(Map<String, String> engineProperties) {
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
