package dev.fsbench.harness.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.cli.CliOutcome;
import dev.fsbench.harness.run.ReportsLock;
import dev.fsbench.results.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input rows of the fault matrix: each command line, as a user would type it (in this JVM, through
 * picocli), exits 2 with a message naming the problem before anything starts: no child process (broker, engine)
 * was launched, no result.json was written, and it answers within seconds. Many of these are also tested on
 * their own next to their command (cli/*ValidationTest, RunCommandKnobsTest, SuiteCommandTest): here they are one
 * table, the matrix's.
 */
class BadInputMatrixTest {

    /**
     * One bad input.
     *
     * @param id       the row's id
     * @param problem  what is wrong, in words (the matrix's "fault" column)
     * @param args     the command line, given a fresh directory to put files in (output, scenarios, reports)
     * @param messages what the error must say
     */
    record BadInput(String id, String problem, Function<Path, List<String>> args, String... messages) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<BadInput> badInputs() {
        return Stream.of(
                run(
                        "unknown-engine",
                        "an unknown engine",
                        d -> List.of("--engines", "storm"),
                        "unknown engine 'storm'"),
                run("rate-zero", "rate 0", d -> List.of("--rate", "0"), "rate must be > 0"),
                run("rate-negative", "a negative rate", d -> List.of("--rate", "-10"), "rate must be > 0"),
                run(
                        "rate-and-rates",
                        "--rate with --rates",
                        d -> List.of("--rate", "10", "--rates", "10,20"),
                        "--rate or --rates"),
                run(
                        "duration-no-unit",
                        "a duration without a unit",
                        d -> List.of("--duration", "30"),
                        "'30' is not a duration"),
                run(
                        "vocabulary-zero",
                        "an empty vocabulary",
                        d -> List.of("--vocabulary", "0"),
                        "vocabulary must be > 0"),
                run(
                        "distribution-unknown",
                        "an unknown key distribution",
                        d -> List.of("--distribution", "pareto"),
                        "unknown key distribution 'pareto'"),
                run(
                        "slide-above-size",
                        "a window slide above its size",
                        d -> List.of("--window-size", "1s", "--window-slide", "5s"),
                        "window slide (5000 ms) must not exceed window size (1000 ms)"),
                run(
                        "size-not-multiple-of-slide",
                        "a window size that is no multiple of the slide",
                        d -> List.of("--window-size", "2500ms", "--window-slide", "1s"),
                        "must be a multiple of the window slide"),
                run(
                        "payload-negative",
                        "a negative payload",
                        d -> List.of("--payload-bytes", "-1"),
                        "payload bytes must be between 0 and 1000000"),
                run(
                        "payload-too-large",
                        "a payload over Kafka's record limit",
                        d -> List.of("--payload-bytes", "50000000"),
                        "1 MiB record limit"),
                run("unknown-flag", "a misspelt flag", d -> List.of("--rat", "5"), "--rat"),
                new BadInput(
                        "no-destination",
                        "neither --output nor --reports",
                        d -> List.of("run"),
                        "exactly one of --output DIR or --reports DIR"),
                run(
                        "output-and-reports",
                        "both --output and --reports",
                        d -> List.of("--reports", d.resolve("reports").toString()),
                        "exactly one of --output DIR or --reports DIR"),
                run(
                        "scenario-missing",
                        "a scenario file that does not exist",
                        d -> List.of("--scenario", d.resolve("missing.yaml").toString()),
                        "missing.yaml",
                        "cannot be read"),
                run(
                        "scenario-unknown-key",
                        "an unknown scenario key",
                        d -> List.of("--scenario", write(d, "s.yaml", "rate: 100\nwindw: {size: 1s}\n")),
                        "unknown key 'windw'"),
                run(
                        "scenario-bad-value",
                        "a scenario value of the wrong kind",
                        d -> List.of("--scenario", write(d, "s.yaml", "rate: 100\nduration: forever\n")),
                        "'forever' is not a duration"),
                run(
                        "scenario-bad-name",
                        "a scenario name outside the allowed characters",
                        d -> List.of("--scenario", write(d, "s.yaml", "name: \"a b<img src=x>\"\nrate: 100\n")),
                        "scenario name 'a b<img src=x>' is not allowed"),
                run(
                        "scenario-file-name",
                        "a scenario file whose name is no allowed name",
                        d -> List.of("--scenario", write(d, "my scenario.yaml", "rate: 100\n")),
                        "'my scenario' is not allowed"),
                run(
                        "knob-unknown",
                        "a misspelt engine setting",
                        d -> List.of("--engines", "flink", "-P", "flink.objectReus=true"),
                        "unknown setting flink.objectReus (did you mean flink.objectReuse?)"),
                run(
                        "knob-bad-value",
                        "a bad value for an engine setting",
                        d -> List.of("--engines", "flink", "-P", "jvm.heap=lots"),
                        "bad value for jvm.heap: 'lots'"),
                run(
                        "knob-leaves-loopback",
                        "a pass-through setting that moves an engine off loopback",
                        d -> List.of("--engines", "spark-structured", "-P", "spark.driver.bindAddress=0.0.0.0"),
                        "would move the engine's listeners off loopback"),
                run(
                        "kafka-backend-unknown",
                        "an unknown Kafka backend",
                        d -> List.of("--kafka", "zookeeper"),
                        "unknown Kafka backend 'zookeeper'"),
                run(
                        "kafka-external-no-bootstrap",
                        "external Kafka without bootstrap servers",
                        d -> List.of("--kafka", "external"),
                        "--kafka external needs --bootstrap-servers"),
                run(
                        "kafka-bootstrap-for-embedded",
                        "bootstrap servers for the embedded broker",
                        d -> List.of("--bootstrap-servers", "127.0.0.1:9092"),
                        "only for --kafka external"),
                run(
                        "kafka-port-for-external",
                        "a fixed broker port with external Kafka",
                        d -> List.of(
                                "--kafka", "external", "--bootstrap-servers", "127.0.0.1:9092", "--kafka-port", "9999"),
                        "only for --kafka embedded"),
                run(
                        "kafka-external-unreachable",
                        "external Kafka on a closed port",
                        d -> List.of("--kafka", "external", "--bootstrap-servers", "127.0.0.1:" + closedPort()),
                        "is unreachable",
                        "check --bootstrap-servers"),
                run(
                        "kafka-external-unknown-host",
                        "external Kafka on a host that does not resolve",
                        d -> List.of("--kafka", "external", "--bootstrap-servers", "no-such-host.invalid:9092"),
                        "no-such-host.invalid:9092: unknown host"),
                new BadInput(
                        "output-under-a-file",
                        "an output directory under a regular file",
                        d -> List.of("run", "--engines", "baseline", "--output", write(d, "a-file", "x") + "/run"),
                        "cannot be created",
                        "is not a directory"),
                new BadInput(
                        "output-read-only",
                        "an output directory on a file system that cannot be written",
                        d -> List.of("run", "--engines", "baseline", "--output", "/proc/fsbench-run"),
                        "output directory /proc/fsbench-run is not writable"),
                new BadInput(
                        "run-id-invalid",
                        "a run id outside the allowed characters",
                        d -> List.of(
                                "run",
                                "--run-id",
                                "../x",
                                "--reports",
                                d.resolve("reports").toString()),
                        "run id '../x' must be"),
                new BadInput(
                        "run-id-collides",
                        "a run id that exists in the reports directory",
                        d -> {
                            mkdirs(d.resolve("reports/runs/taken"));
                            return List.of(
                                    "run",
                                    "--engines",
                                    "baseline",
                                    "--run-id",
                                    "taken",
                                    "--reports",
                                    d.resolve("reports").toString());
                        },
                        "run id 'taken' already exists"),
                new BadInput(
                        "reports-newer-schema",
                        "a reports directory holding a run of a newer result schema",
                        d -> {
                            mkdirs(d.resolve("reports/runs/future"));
                            write(
                                    d.resolve("reports/runs/future"),
                                    "result.json",
                                    "{\"schemaVersion\": " + (RunResult.SCHEMA_VERSION + 1)
                                            + ", \"runId\": \"future\"}");
                            return List.of(
                                    "run",
                                    "--engines",
                                    "baseline",
                                    "--reports",
                                    d.resolve("reports").toString());
                        },
                        "holds run future of result schema version " + (RunResult.SCHEMA_VERSION + 1),
                        "newer than this harness's version " + RunResult.SCHEMA_VERSION),
                new BadInput(
                        "suite-unknown-profile",
                        "an unknown microbenchmark profile",
                        d -> List.of(
                                "suite",
                                "--suite",
                                suiteOfOne(d),
                                "--reports",
                                d.resolve("reports").toString(),
                                "--microbench",
                                "medium"),
                        "unknown profile 'medium'"),
                new BadInput(
                        "suite-empty",
                        "a suite directory without scenarios",
                        d -> List.of(
                                "suite",
                                "--suite",
                                mkdirs(d.resolve("empty")),
                                "--reports",
                                d.resolve("reports").toString()),
                        "holds no .yaml scenario"),
                new BadInput(
                        "capacity-max-rate-zero",
                        "a capacity search up to rate 0",
                        d -> List.of(
                                "capacity",
                                "--engines",
                                "baseline",
                                "--max-rate",
                                "0",
                                "--output",
                                d.resolve("out").toString()),
                        "max"));
    }

    /** A reports directory locked by another run: its own row, since the lock is held around the command. */
    static Stream<BadInput> lockedReports() {
        return Stream.of(new BadInput(
                "reports-locked",
                "a reports directory another run is writing to",
                d -> List.of(
                        "run",
                        "--engines",
                        "baseline",
                        "--reports",
                        d.resolve("reports").toString()),
                "is in use by another run",
                "run the-other-run"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void exitsTwoNamingTheProblemBeforeAnythingStarts(BadInput input, @TempDir Path dir) {
        check(input, dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lockedReports")
    void aLockedReportsDirectoryExitsTwoBeforeAnythingStarts(BadInput input, @TempDir Path dir) throws Exception {
        try (ReportsLock held = ReportsLock.acquire(dir.resolve("reports"), "the-other-run")) {
            check(input, dir);
        }
    }

    @org.junit.jupiter.api.Test
    void theMatrixHasAtLeast25BadInputs() {
        assertThat(badInputs().count() + lockedReports().count()).isGreaterThanOrEqualTo(25);
    }

    private static void check(BadInput input, Path dir) {
        Set<Long> before = descendants();
        List<String> args = input.args().apply(dir);
        long start = System.nanoTime();
        CliOutcome outcome = CliOutcome.run(args.toArray(String[]::new));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcome.exitCode()).as(input.id() + ": " + outcome.err()).isEqualTo(2);
        assertThat(outcome.err()).as(input.id()).contains(input.messages());
        assertThat(descendants()).as(input.id() + ": no child process started").isSubsetOf(before);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("result.json")
                            && !p.toString().contains("/runs/future/")))
                    .as(input.id() + ": nothing was written")
                    .isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // generous: a bad input is refused in well under a second; only the unreachable-host rows wait on the network
        assertThat(took).as(input.id() + ": answered before anything started").isLessThan(Duration.ofSeconds(20));
        FaultMatrixRow.record(
                "bad-input-" + input.id(),
                input.problem(),
                "before start",
                "exit 2 naming the problem; no process started, nothing written",
                outcome.exitCode(),
                took,
                "nothing was written (earlier runs untouched)");
    }

    private static BadInput run(String id, String problem, Function<Path, List<String>> flags, String... messages) {
        return new BadInput(
                id,
                problem,
                d -> Stream.concat(
                                Stream.of("run"),
                                Stream.concat(
                                        flags.apply(d).stream(),
                                        Stream.of("--output", d.resolve("out").toString())))
                        .toList(),
                messages);
    }

    private static Set<Long> descendants() {
        return ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private static String write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String suiteOfOne(Path dir) {
        Path suite = Path.of(mkdirs(dir.resolve("suite")));
        write(suite, "one.yaml", "name: one\nengines: [baseline]\nrate: 1000\n");
        return suite.toString();
    }

    /** A port nothing listens on: bound, then released. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
