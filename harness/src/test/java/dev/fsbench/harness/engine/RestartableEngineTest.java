package dev.fsbench.harness.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.process.CurrentClasspath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill-engine whose restart cannot go through leaves no engine JVM behind: the client of a cluster that did not
 * come back is killed all the same, and no JVM is launched once the workload has stopped the engine. The engine is
 * a real JVM ({@link SessionClientEngine}, the stand-in for the Flink engine as a session cluster's client).
 */
class RestartableEngineTest {

    private static final long READY_MS = 60_000;

    @Test
    void aRestartWhoseClusterDoesNotComeBackStillKillsTheClientAndLaunchesNothing(@TempDir Path dir) throws Exception {
        RestartableEngine engine = RestartableEngine.launch(DRIVER, job(dir), dir, BenchHome.locate());
        try {
            engine.awaitReady(READY_MS);
            ProcessHandle client = ProcessHandle.of(engine.pid()).orElseThrow();

            assertThatThrownBy(() -> engine.killAndRestart(
                            () -> {
                                throw new IOException("the Flink cluster listed 1 of 2 TaskManagers after 180 s");
                            },
                            job -> {
                                throw new AssertionError("no job is resumed on a cluster that is not there");
                            },
                            READY_MS))
                    .isInstanceOf(IOException.class);

            assertThat(client.isAlive()).as("the old client").isFalse();
            assertThat(engine.isAlive()).isFalse();
            assertThat(engine.kills()).isEqualTo(1);
            assertThat(engine.outputTail())
                    .startsWith("kill-engine's restart failed: the Flink cluster listed 1 of 2 TaskManagers");
            assertThat(dir.resolve("engine-killed-1.err")).exists();
            assertThat(dir.resolve(EngineProcess.LABEL + ".jvmargs"))
                    .as("no new JVM launched")
                    .doesNotExist();
        } finally {
            engine.stop();
        }
    }

    @Test
    void noEngineJvmIsLaunchedOnceTheWorkloadStoppedTheEngine(@TempDir Path dir) throws Exception {
        RestartableEngine engine = RestartableEngine.launch(DRIVER, job(dir), dir, BenchHome.locate());
        try {
            engine.awaitReady(READY_MS);

            // the workload's clean-up stops the engine while the restart is under way (its wait for the fault ran
            // out): here at the last moment, between the kill and the launch of the new JVM
            assertThatThrownBy(() -> engine.killAndRestart(
                            RestartableEngine.Cause.NONE,
                            job -> {
                                engine.stop();
                                return job;
                            },
                            READY_MS))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the workload ended before the engine could be launched again");

            assertThat(engine.isAlive()).isFalse();
            assertThat(dir.resolve("engine-killed-1.jvmargs")).exists();
            assertThat(dir.resolve(EngineProcess.LABEL + ".jvmargs"))
                    .as("no new JVM launched")
                    .doesNotExist();
        } finally {
            engine.stop();
        }
    }

    private static final EngineDriver DRIVER = new EngineDriver() {
        @Override
        public String name() {
            return "session-client";
        }

        @Override
        public Map<String, String> versions() {
            return Map.of();
        }

        @Override
        public EngineLaunch launch(JobSpec job, BenchHome home) {
            return new EngineLaunch(
                    SessionClientEngine.class.getName(), CurrentClasspath.entries(), List.of(), Map.of());
        }
    };

    private static JobSpec job(Path dir) {
        return new JobSpec(
                "test",
                DRIVER.name(),
                new WorkloadSpec(
                        "restart",
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
                        Map.of("jvm.heap", "128m", "jvm.jfr", "false")),
                "127.0.0.1:9",
                Map.of(),
                "in",
                "out",
                dir.resolve("engine").toString());
    }
}
