package dev.fsbench.harness.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.EngineSession;
import dev.fsbench.api.JobSpec;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.process.CurrentClasspath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stop escalates after the driver's own graceful-stop timeout: an engine whose stop never ends gets SIGTERM
 * once its driver's timeout (here 1 s) has passed, and its SIGTERM exit (143) counts as stopped; its temp dir is
 * deleted afterwards.
 */
class EngineStopIT {

    @Test
    void anEngineThatDoesNotStopIsSentSigtermAfterItsDriversTimeout(@TempDir Path dir) throws Exception {
        EngineDriver driver = new EngineDriver() {
            @Override
            public String name() {
                return "hanging";
            }

            @Override
            public Map<String, String> versions() {
                return Map.of();
            }

            @Override
            public EngineLaunch launch(JobSpec job, BenchHome home) {
                return new EngineLaunch(
                        HangingStopEngine.class.getName(), CurrentClasspath.entries(), List.of(), Map.of());
            }

            @Override
            public Duration gracefulStopTimeout(WorkloadSpec workload) {
                return Duration.ofSeconds(1);
            }
        };
        JobSpec job = new JobSpec(
                "test",
                driver.name(),
                new WorkloadSpec(
                        "hanging-stop",
                        1000,
                        10_000,
                        1_000,
                        new WindowSpec(1000, 1000),
                        100,
                        KeyDistribution.UNIFORM,
                        0,
                        0,
                        1,
                        1,
                        42,
                        Map.of("jvm.heap", "128m")),
                "127.0.0.1:9",
                Map.of(),
                "in",
                "out",
                dir.resolve("engine").toString());
        EngineProcess engine = EngineProcess.launch(driver, job, dir, BenchHome.locate());
        engine.awaitReady(60_000);
        assertThat(engine.tempDir()).isDirectory();

        assertThat(engine.stop()).as("exit 143 after SIGTERM is a stop").isEmpty();

        assertThat(engine.exitCode()).contains(143);
        assertThat(Files.readString(dir.resolve(EngineProcess.LABEL + ".err")))
                .contains(HangingStopEngine.SIGTERM_LINE);
        assertThat(dir.resolve("engine").resolve(EngineSession.SUMMARY_FILE)).doesNotExist();
        assertThat(engine.tempDir()).doesNotExist();
    }
}
