package dev.fsbench.harness.engine;

import dev.fsbench.api.JobSpec;
import dev.fsbench.harness.baseline.BaselineEngine;
import dev.fsbench.harness.process.CurrentClasspath;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The framework-free floor: runs {@link BaselineEngine} from the harness's own classpath in a forked JVM. */
public final class BaselineEngineDriver implements EngineDriver {

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public Map<String, String> versions() {
        return Map.of("kafka-clients", org.apache.kafka.common.utils.AppInfoParser.getVersion());
    }

    @Override
    public EngineLaunch launch(JobSpec job, BenchHome home) {
        List<Path> classpath = CurrentClasspath.entries();
        return new EngineLaunch(BaselineEngine.class.getName(), classpath, List.of(), Map.of());
    }
}
