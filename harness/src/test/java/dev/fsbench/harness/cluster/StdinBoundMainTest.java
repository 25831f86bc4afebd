package dev.fsbench.harness.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.StdinBoundMain;
import dev.fsbench.harness.process.CurrentClasspath;
import dev.fsbench.harness.process.ForkedJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A role run under StdinBoundMain ends, through its shutdown hooks, once its stdin is closed. */
class StdinBoundMainTest {

    @Test
    void aRoleThatWouldRunForeverExitsCleanlyWhenItsStdinCloses(@TempDir Path dir) throws Exception {
        ForkedJvm jvm = ForkedJvm.start(new ForkedJvm.Spec(
                "role",
                StdinBoundMain.class.getName(),
                CurrentClasspath.entries(),
                List.of("-Xmx64m"),
                List.of(SleepForeverMain.class.getName(), "--configDir", "x"),
                Map.of(),
                dir));
        try {
            while (!Files.readString(jvm.stdoutFile()).contains("started")) {
                assertThat(jvm.isAlive()).as(jvm.outputTail(20)).isTrue();
                Thread.sleep(50);
            }
            assertThat(jvm.isAlive()).isTrue();

            jvm.requestStop(); // what a SIGKILLed harness's closed pipe looks like to the child

            assertThat(jvm.waitFor(Duration.ofSeconds(30))).isTrue();
            assertThat(jvm.exitCode()).contains(0);
            assertThat(Files.readString(jvm.stdoutFile()))
                    .contains("started with --configDir x")
                    .contains("shutdown hook ran");
        } finally {
            jvm.kill();
        }
    }
}
