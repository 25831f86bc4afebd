package dev.fsbench.harness;

import dev.fsbench.api.JobSpec;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.EngineDriver;
import dev.fsbench.harness.engine.EngineLaunch;
import dev.fsbench.harness.process.CurrentClasspath;
import java.util.List;
import java.util.Map;

/** Engines made for tests (crashing, killed...), run from the test classpath (real engines run from their own modules). */
public final class TestEngineDrivers {

    private TestEngineDrivers() {}

    public static EngineDriver onTestClasspath(String name, Class<?> mainClass) {
        return new EngineDriver() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Map<String, String> versions() {
                return Map.of();
            }

            @Override
            public EngineLaunch launch(JobSpec job, BenchHome home) {
                return new EngineLaunch(mainClass.getName(), CurrentClasspath.entries(), List.of(), Map.of());
            }
        };
    }
}
