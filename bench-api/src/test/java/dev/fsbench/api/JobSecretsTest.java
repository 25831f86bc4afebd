package dev.fsbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The channel that carries a job's credentials to the engine: job.json redacted, the environment with the
 * values, the engine seeing the real job, and no file the protocol writes showing a value.
 */
class JobSecretsTest {

    private static final String SECRET = "hunter2-do-not-keep";
    private static final String JAAS =
            "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"" + SECRET
                    + "\";";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theEngineSeesTheRealJobWhileNoFileItsSessionWritesHoldsTheSecret() throws Exception {
        JobSpec job = job(
                Map.of("security.protocol", "SASL_SSL", "sasl.jaas.config", JAAS),
                Map.of("spark.authenticate.secret", SECRET, "spark.serializer", "kryo"));
        Path file = dir.resolve(EngineSession.JOB_FILE);
        EngineSession.writeJob(job, file);
        Map<String, String> environment = JobSecrets.environment(job);

        String kept = Files.readString(file);
        assertThat(kept).doesNotContain(SECRET).contains(Credentials.REDACTED).contains("SASL_SSL");
        assertThat(environment).containsOnlyKeys(JobSecrets.ENVIRONMENT_VARIABLE);

        AtomicReference<JobSpec> seen = new AtomicReference<>();
        AtomicReference<EngineExit> exit = new AtomicReference<>();
        String stdout = capturingStdout(() -> exit.set(EngineMain.execute(
                new String[] {file.toString()},
                context -> {
                    seen.set(context.job());
                    return new ReportingJob(Map.of("sasl.jaas.config", JAAS, "webUi", "http://127.0.0.1:1"));
                },
                new ByteArrayInputStream(new byte[0]),
                environment::get)));

        assertThat(exit.get()).isEqualTo(EngineExit.STOPPED);
        assertThat(seen.get()).isEqualTo(job);
        assertThat(stdout).doesNotContain(SECRET).contains("webUi");
        assertThat(filesUnder(dir))
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(path ->
                        assertThat(Files.readString(path)).as(path.toString()).doesNotContain(SECRET));
        JsonNode ready =
                JSON.readTree(workDir().resolve(EngineSession.READY_FILE).toFile());
        assertThat(ready.path("sasl.jaas.config").asText()).isEqualTo(Credentials.REDACTED);
        JsonNode summary =
                JSON.readTree(workDir().resolve(EngineSession.SUMMARY_FILE).toFile());
        assertThat(summary.path("applied").path("sasl.jaas.config").asText()).isEqualTo(Credentials.REDACTED);
        assertThat(summary.path("jobConfiguration").path(0).path("value").asText())
                .isEqualTo(Credentials.REDACTED);
    }

    @Test
    void aRedactedCredentialMissingFromTheEnvironmentRejectsTheJobNamingItsKeyOnly() throws Exception {
        Path file = dir.resolve(EngineSession.JOB_FILE);
        EngineSession.writeJob(job(Map.of("ssl.key.password", SECRET), Map.of()), file);
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        EngineExit exit;
        try {
            exit = EngineMain.execute(
                    new String[] {file.toString()},
                    context -> new ReportingJob(Map.of()),
                    new ByteArrayInputStream(new byte[0]),
                    name -> null);
        } finally {
            System.setErr(original);
        }
        assertThat(exit).isEqualTo(EngineExit.REJECTED);
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .contains(
                        "ssl.key.password is redacted in job.json and missing from " + JobSecrets.ENVIRONMENT_VARIABLE)
                .doesNotContain(SECRET);
    }

    @Test
    void aJobWithoutCredentialsNeedsNoEnvironment() {
        JobSpec job = job(Map.of("security.protocol", "SSL"), Map.of("spark.serializer", "kryo"));
        assertThat(JobSecrets.environment(job)).isEmpty();
        assertThat(JobSecrets.restore(JobSecrets.redacted(job), name -> null)).isEqualTo(job);
    }

    private JobSpec job(Map<String, String> kafka, Map<String, String> engine) {
        WorkloadSpec workload = new WorkloadSpec(
                "test",
                1_000,
                5_000,
                0,
                WindowSpec.tumbling(1000),
                10,
                KeyDistribution.UNIFORM,
                0,
                0,
                2,
                2,
                42,
                engine);
        return new JobSpec(
                "run-1",
                "test-engine",
                workload,
                "127.0.0.1:9",
                kafka,
                "in",
                "out",
                workDir().toString());
    }

    private Path workDir() {
        return dir.resolve("engine");
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static String capturingStdout(Runnable run) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Reports {@code readyInfo} when ready, and a summary holding the applied settings as Spark and Flink do. */
    private record ReportingJob(Map<String, Object> readyInfo) implements EngineJob {
        @Override
        public Map<String, Object> start() {
            return readyInfo;
        }

        @Override
        public Map<String, Object> stop() {
            return Map.of(
                    "applied",
                    Map.of("sasl.jaas.config", JAAS),
                    "jobConfiguration",
                    List.of(Map.of("key", "spark.authenticate.secret", "value", SECRET)));
        }
    }
}
