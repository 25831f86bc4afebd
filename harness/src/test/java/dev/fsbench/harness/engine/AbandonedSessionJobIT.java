package dev.fsbench.harness.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.api.JobSpec;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.process.CurrentClasspath;
import dev.fsbench.harness.process.ForkedJvm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job on a Flink session cluster outlives its client, the engine JVM. When the harness gives up on that JVM (here:
 * it was SIGKILLed) the job is cancelled from the harness over the cluster's REST API; an engine that stopped its
 * job itself (its summary written) is not second-guessed. Against a real Flink session cluster: a MiniCluster in a
 * JVM of its own from flink-bench's classpath, its job submitted through REST ({@code SessionClusterWithJob} in
 * flink-bench's test classes). Also: the killed engine's java.io.tmpdir is deleted after it.
 */
class AbandonedSessionJobIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aJobLeftOnASessionClusterIsCancelledWhenItsEngineJvmIsKilled(@TempDir Path dir) throws Exception {
        BenchHome home = BenchHome.locate();
        List<Path> classpath = new ArrayList<>(home.moduleClasspath(FlinkEngineDriver.MODULE));
        classpath.add(home.module(FlinkEngineDriver.MODULE).resolve("target/test-classes"));
        try (ForkedJvm cluster = ForkedJvm.start(new ForkedJvm.Spec(
                "session-cluster",
                "dev.fsbench.flink.SessionClusterWithJob",
                classpath,
                List.of("-Xmx512m"),
                List.of(),
                Map.of(),
                dir.resolve("cluster")))) {
            String[] line = awaitLine(cluster, "session-cluster ").split(" ");
            String restUrl = line[1];
            String jobId = line[2];

            // an engine that stopped its job itself wrote its summary: the harness leaves the job alone
            EngineProcess polite = launch(dir.resolve("polite"), restUrl, jobId, home);
            assertThat(polite.stop()).isEmpty();
            assertThat(jobState(restUrl, jobId)).isEqualTo("RUNNING");

            EngineProcess killed = launch(dir.resolve("killed"), restUrl, jobId, home);
            Path tempFile = Path.of(readyInfo(killed).path("tempFile").asText());
            assertThat(tempFile).startsWith(killed.tempDir()).exists();
            ProcessHandle engineJvm = engineJvm(dir.resolve("killed"));
            assertThat(engineJvm.destroyForcibly()).isTrue(); // SIGKILL: the engine cancels nothing itself
            engineJvm.onExit().get();

            Optional<String> failure = killed.stop();
            assertThat(failure)
                    .hasValueSatisfying(reason -> assertThat(reason)
                            .startsWith("engine JVM exited (exit code 137 (killed by SIGKILL)) when stopped"));
            assertThat(awaitEndState(restUrl, jobId)).isEqualTo("CANCELED");
            assertThat(killed.tempDir()).doesNotExist();
            assertThat(polite.tempDir()).doesNotExist();
        }
    }

    private static EngineProcess launch(Path dir, String restUrl, String jobId, BenchHome home) throws Exception {
        EngineDriver driver = new EngineDriver() {
            @Override
            public String name() {
                return "session-client";
            }

            @Override
            public Map<String, String> versions() {
                return Map.of();
            }

            @Override
            public EngineLaunch launch(JobSpec job, BenchHome ignored) {
                return new EngineLaunch(
                        SessionClientEngine.class.getName(),
                        CurrentClasspath.entries(),
                        List.of(
                                "-D" + SessionClientEngine.REST_URL + "=" + restUrl,
                                "-D" + SessionClientEngine.JOB_ID + "=" + jobId),
                        Map.of());
            }

            // the Flink driver's own cancel, the code under test
            @Override
            public Optional<String> cancelAbandonedJob(Map<String, JsonNode> ready) {
                return new FlinkEngineDriver().cancelAbandonedJob(ready);
            }
        };
        JobSpec job = new JobSpec(
                "test",
                driver.name(),
                workload(),
                "127.0.0.1:9",
                Map.of(),
                "in",
                "out",
                dir.resolve("engine").toString());
        EngineProcess engine = EngineProcess.launch(driver, job, dir, home);
        engine.awaitReady(60_000);
        return engine;
    }

    private static WorkloadSpec workload() {
        return new WorkloadSpec(
                "session-cancel",
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
                Map.of("jvm.heap", "128m"));
    }

    private static JsonNode readyInfo(EngineProcess engine) throws Exception {
        return JSON.readTree(engine.readyFile().toFile());
    }

    /** The engine JVM launched into {@code dir}: its command line names its argument file there. */
    private static ProcessHandle engineJvm(Path dir) {
        String argFile =
                dir.resolve(EngineProcess.LABEL + ".jvmargs").toAbsolutePath().toString();
        return ProcessHandle.current()
                .children()
                .filter(p -> p.info().commandLine().orElse("").contains(argFile))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no engine JVM with " + argFile));
    }

    private static String awaitLine(ForkedJvm jvm, String prefix) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> line = Files.readAllLines(jvm.stdoutFile()).stream()
                    .filter(l -> l.startsWith(prefix))
                    .findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            assertThat(jvm.isAlive())
                    .as("session cluster died:\n" + jvm.outputTail(40))
                    .isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("the session cluster never ran its job:\n" + jvm.outputTail(40));
    }

    private static String jobState(String restUrl, String jobId) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(restUrl + "/jobs/" + jobId)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("state").asText();
    }

    /** Cancelling takes a moment after the request was accepted (CANCELLING, then CANCELED). */
    private static String awaitEndState(String restUrl, String jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String state = jobState(restUrl, jobId);
        while (!state.equals("CANCELED") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            state = jobState(restUrl, jobId);
        }
        return state;
    }
}
