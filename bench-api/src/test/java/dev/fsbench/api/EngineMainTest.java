package dev.fsbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineMainTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aStopRequestStopsTheJobAndTheProtocolFilesHoldWhatTheJobReported() throws Exception {
        ScriptedJob job = new ScriptedJob();
        job.readyInfo.put("webUi", "http://127.0.0.1:8081");
        job.summary.put("applied", Map.of("parallelism", 2));

        EngineExit exit = EngineMain.execute(jobArgs(), context -> job.created(context), stdinClosedAtOnce());

        assertThat(exit).isEqualTo(EngineExit.STOPPED);
        assertThat(job.calls).containsExactly("create", "start", "stop", "close");
        JsonNode ready =
                JSON.readTree(workDir().resolve(EngineSession.READY_FILE).toFile());
        assertThat(ready.path("webUi").asText()).isEqualTo("http://127.0.0.1:8081");
        assertThat(ready.path("readyAt").asLong()).isPositive();
        JsonNode summary =
                JSON.readTree(workDir().resolve(EngineSession.SUMMARY_FILE).toFile());
        assertThat(summary.at("/applied/parallelism").asInt()).isEqualTo(2);
        List<String> metrics = Files.readAllLines(workDir().resolve(EngineSession.METRICS_FILE));
        assertThat(metrics).hasSize(1);
        JsonNode point = JSON.readTree(metrics.get(0));
        assertThat(point.path("t").asLong()).isPositive();
        assertThat(point.path("name").asText()).isEqualTo("test.recordsIn");
        assertThat(point.at("/tags/vertex").asText()).isEqualTo("source");
        assertThat(point.path("value").asDouble()).isEqualTo(42.0);
    }

    @Test
    void settingsRejectedWhenTheJobIsCreatedExitWithTwoAndNoReadyFile() throws Exception {
        List<String> stderr = new ArrayList<>();

        EngineExit exit = withStderr(
                stderr,
                () -> EngineMain.execute(
                        jobArgs(),
                        context -> {
                            throw new IllegalArgumentException("flink.objectReuse must be true or false, not 'maybe'");
                        },
                        stdinClosedAtOnce()));

        assertThat(exit).isEqualTo(EngineExit.REJECTED);
        assertThat(exit.code()).isEqualTo(2);
        assertThat(workDir().resolve(EngineSession.READY_FILE)).doesNotExist();
        assertThat(stderr.get(stderr.size() - 1))
                .isEqualTo("test-engine: rejected the job: flink.objectReuse must be true or false, not 'maybe'"
                        + " (exit 2)");
    }

    @Test
    void settingsRejectedWhileStartingExitWithTwoAndTheJobIsClosed() throws Exception {
        ScriptedJob job = new ScriptedJob();
        job.startFailure = new IllegalArgumentException("bad batch interval");

        EngineExit exit = EngineMain.execute(jobArgs(), context -> job.created(context), stdinClosedAtOnce());

        assertThat(exit).isEqualTo(EngineExit.REJECTED);
        assertThat(job.calls).containsExactly("create", "start", "close");
        assertThat(workDir().resolve(EngineSession.READY_FILE)).doesNotExist();
    }

    @Test
    void aJobFailingWhileRunningExitsWithOneWithoutWaitingForAStopAndTheCauseIsTheLastLine() throws Exception {
        ScriptedJob job = new ScriptedJob();
        // after ready, even an IllegalArgumentException is the job's failure, not rejected settings
        job.runningFailure = new IllegalArgumentException("the job ended as FAILED");
        List<String> stderr = new ArrayList<>();

        EngineExit exit = withStderr(
                stderr, () -> EngineMain.execute(jobArgs(), context -> job.created(context), stdinNeverClosed()));

        assertThat(exit).isEqualTo(EngineExit.FAILED);
        assertThat(job.calls).containsExactly("create", "start", "throwIfFailed", "close");
        assertThat(workDir().resolve(EngineSession.READY_FILE)).exists();
        assertThat(workDir().resolve(EngineSession.SUMMARY_FILE)).doesNotExist();
        assertThat(stderr.get(stderr.size() - 1))
                .isEqualTo("test-engine: the job failed: java.lang.IllegalArgumentException: the job ended as FAILED"
                        + " (exit 1)");
    }

    @Test
    void aFailedStopExitsWithOneAndWritesNoSummary() throws Exception {
        ScriptedJob job = new ScriptedJob();
        job.stopFailure = new IllegalStateException("stop-with-savepoint and cancel both failed");

        EngineExit exit = EngineMain.execute(jobArgs(), context -> job.created(context), stdinClosedAtOnce());

        assertThat(exit).isEqualTo(EngineExit.FAILED);
        assertThat(job.calls).containsExactly("create", "start", "stop", "close");
        assertThat(workDir().resolve(EngineSession.SUMMARY_FILE)).doesNotExist();
    }

    @Test
    void aMissingOrUnreadableJobFileIsRejected() throws Exception {
        ScriptedJob job = new ScriptedJob();

        assertThat(EngineMain.execute(new String[0], context -> job.created(context), stdinClosedAtOnce()))
                .isEqualTo(EngineExit.REJECTED);
        Path notJson = Files.writeString(dir.resolve("job.json"), "not json");
        assertThat(EngineMain.execute(
                        new String[] {notJson.toString()}, context -> job.created(context), stdinClosedAtOnce()))
                .isEqualTo(EngineExit.REJECTED);
        assertThat(job.calls).isEmpty();
    }

    /** A job that records the calls EngineMain makes and fails where a test tells it to. */
    private static final class ScriptedJob implements EngineJob {
        final List<String> calls = new ArrayList<>();
        final Map<String, Object> readyInfo = new LinkedHashMap<>();
        final Map<String, Object> summary = new LinkedHashMap<>();
        Exception startFailure;
        Exception runningFailure;
        Exception stopFailure;
        private MetricSink metrics;

        EngineJob created(EngineContext context) {
            calls.add("create");
            metrics = context.metrics();
            return this;
        }

        @Override
        public Map<String, Object> start() throws Exception {
            calls.add("start");
            if (startFailure != null) {
                throw startFailure;
            }
            metrics.metric("test.recordsIn", Map.of("vertex", "source"), 42);
            metrics.metric("test.notANumber", Map.of(), Double.NaN);
            return readyInfo;
        }

        @Override
        public void throwIfFailed() throws Exception {
            if (runningFailure != null) {
                calls.add("throwIfFailed"); // recorded only here: how often it runs before a stop depends on timing
                throw runningFailure;
            }
        }

        @Override
        public Map<String, Object> stop() throws Exception {
            calls.add("stop");
            if (stopFailure != null) {
                throw stopFailure;
            }
            return summary;
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }

    private String[] jobArgs() throws IOException {
        WorkloadSpec workload = new WorkloadSpec(
                "test",
                100,
                10_000,
                0,
                WindowSpec.tumbling(1000),
                10,
                KeyDistribution.UNIFORM,
                0,
                0,
                2,
                2,
                42,
                Map.of());
        JobSpec job = new JobSpec(
                "run-1",
                "test-engine",
                workload,
                "127.0.0.1:9",
                Map.of(),
                "in",
                "out",
                workDir().toString());
        Path file = dir.resolve(EngineSession.JOB_FILE);
        EngineSession.writeJob(job, file);
        return new String[] {file.toString()};
    }

    private Path workDir() {
        return dir.resolve("engine");
    }

    /** The harness asked for a stop before the job even started: it runs until ready, then stops. */
    private static InputStream stdinClosedAtOnce() {
        return new ByteArrayInputStream(new byte[0]);
    }

    private static InputStream stdinNeverClosed() {
        CountDownLatch never = new CountDownLatch(1);
        return new InputStream() {
            @Override
            public int read() throws IOException {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return -1;
            }
        };
    }

    private interface ProtocolRun {
        EngineExit run() throws Exception;
    }

    private static EngineExit withStderr(List<String> lines, ProtocolRun run) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return run.run();
        } finally {
            System.setErr(original);
            lines.addAll(captured.toString(StandardCharsets.UTF_8).lines().toList());
        }
    }
}
