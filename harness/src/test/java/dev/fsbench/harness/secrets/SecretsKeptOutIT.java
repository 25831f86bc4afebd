package dev.fsbench.harness.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fsbench.api.Credentials;
import dev.fsbench.api.EngineSession;
import dev.fsbench.api.JobSpec;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.TestEngineDrivers;
import dev.fsbench.harness.cli.BenchCli;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.EngineProcess;
import dev.fsbench.harness.kafka.KafkaBackend;
import dev.fsbench.harness.kafka.KafkaBackends;
import dev.fsbench.harness.kafka.KafkaOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A credential given to the harness reaches the engine JVM, and no file the run leaves behind holds it: every
 * file under the run directory is read and searched for the secret. The run uses the baseline engine (fast);
 * {@code -Dfsbench.secrets.engines=flink,spark-structured,spark-dstream} runs the same check on the framework
 * engines (their logs, event logs, checkpoints and archives), about a minute more.
 */
class SecretsKeptOutIT {

    private static final String SECRET = "fsbench-it-secret-4f1c2a";
    private static final String JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"bench\" password=\"" + SECRET + "\";";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theEngineJvmGetsTheCredentialThatItsJobFileRedacts(@TempDir Path dir) throws Exception {
        WorkloadSpec workload = new WorkloadSpec(
                "secrets",
                100,
                1_000,
                0,
                WindowSpec.tumbling(1000),
                10,
                KeyDistribution.UNIFORM,
                0,
                0,
                1,
                1,
                1,
                Map.of("jvm.heap", "128m"));
        JobSpec job = new JobSpec(
                "it-secrets",
                "credential-reporting",
                workload,
                "127.0.0.1:9",
                Map.of(CredentialReportingEngine.CREDENTIAL, SECRET, "security.protocol", "PLAINTEXT"),
                "in",
                "out",
                dir.resolve("engine").toString());

        EngineProcess engine = EngineProcess.launch(
                TestEngineDrivers.onTestClasspath("credential-reporting", CredentialReportingEngine.class),
                job,
                dir,
                BenchHome.locate());
        try {
            engine.awaitReady(60_000);
        } finally {
            assertThat(engine.stop()).isEmpty();
        }

        JsonNode ready = JSON.readTree(engine.readyFile().toFile());
        assertThat(ready.path(CredentialReportingEngine.DIGEST).asText())
                .isEqualTo(CredentialReportingEngine.sha256(SECRET));
        JsonNode kept = JSON.readTree(dir.resolve(EngineSession.JOB_FILE).toFile());
        assertThat(kept.at("/kafkaClientProperties/" + CredentialReportingEngine.CREDENTIAL.replace("/", "~1"))
                        .asText())
                .isEqualTo(Credentials.REDACTED);
        assertNoFileHoldsTheSecret(dir);
    }

    @Test
    void aRunWithCredentialsOnARealBrokerVerifiesAndKeepsNoFileWithThem(@TempDir Path dir) throws Exception {
        // the embedded broker, reached as an external cluster: the only backend that takes client properties
        try (KafkaBackend broker = KafkaBackends.create(KafkaBackends.EMBEDDED, KafkaOptions.defaults())) {
            broker.start();
            // a reports directory, as the example CI workflow keeps it: the HTML and JSON reports are walked too
            Path reports = dir.resolve("reports");
            Path runDir = reports.resolve("runs").resolve("secrets-it");
            StringWriter err = new StringWriter();
            String console;
            int exit;
            PrintStream originalOut = System.out;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            try {
                var cli = BenchCli.commandLine();
                cli.setErr(new PrintWriter(err));
                exit = cli.execute(
                        "run",
                        "--engines",
                        System.getProperty("fsbench.secrets.engines", "baseline"),
                        "--kafka",
                        "external",
                        "--bootstrap-servers",
                        broker.bootstrapServers(),
                        // credential-named settings a PLAINTEXT client ignores: they must not break it
                        "--kafka-property",
                        "ssl.key.password=" + SECRET,
                        "--kafka-property",
                        "sasl.jaas.config=" + JAAS,
                        "--reports",
                        reports.toString(),
                        "--run-id",
                        "secrets-it",
                        "--quiet",
                        "--rate",
                        "300",
                        "--warmup",
                        "2s",
                        "--duration",
                        "4s",
                        "--vocabulary",
                        "20",
                        // an engine setting named like a credential, which Spark ignores while
                        // spark.authenticate is off
                        "-P",
                        "spark.authenticate.secret=" + SECRET,
                        "-P",
                        "harness.completionTimeoutMs=120000");
            } finally {
                System.setOut(originalOut);
                console = out.toString(StandardCharsets.UTF_8);
                System.out.print(console);
            }

            JsonNode result = JSON.readTree(runDir.resolve("result.json").toFile());
            assertThat(exit)
                    .as("exit code; stderr: %s; result: %s", err, result)
                    .isZero();
            for (JsonNode workload : result.path("workloads")) {
                assertThat(workload.path("verification").path("passed").asBoolean())
                        .isTrue();
                assertThat(workload.at("/config/engineProperties/spark.authenticate.secret")
                                .asText())
                        .isEqualTo(Credentials.REDACTED);
            }
            JsonNode kafka = result.path("kafka").path("clientProperties");
            assertThat(kafka.path("ssl.key.password").asText()).isEqualTo(Credentials.REDACTED);
            assertThat(kafka.path("sasl.jaas.config").asText()).isEqualTo(Credentials.REDACTED);
            assertThat(console + err).doesNotContain(SECRET);
            assertThat(reports.resolve("index.html")).exists();
            assertNoFileHoldsTheSecret(reports);
        }
    }

    private static void assertNoFileHoldsTheSecret(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("files under " + root).isNotEmpty();
        for (Path file : files) {
            // bytes, not text: binary files (JFR recordings, HdrHistogram logs) are searched too
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(content).as("content of " + root.relativize(file)).doesNotContain(SECRET);
        }
    }
}
