package dev.fsbench.harness.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.fsbench.harness.result.ResultWriter;
import dev.fsbench.harness.run.BaselineEndToEndIT;
import dev.fsbench.harness.run.PhaseHold;
import dev.fsbench.harness.run.RunRequest;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SIGINT and SIGTERM in each phase of a real run (baseline engine, embedded broker): the harness exits 130 / 143,
 * the result says INCOMPLETE and keeps every workload finished before the signal, and no process (broker, engine,
 * JMH JVM) or temp file is left. Phases inside a workload are hit in the second workload of a two-scenario suite,
 * so "kept" means a whole earlier workload. How each phase is reached: its console line (warm-up, measured,
 * drain: the per-second progress line; broker start: "starting Kafka" and the broker JVM running;
 * microbenchmarks: "JMH" and its JVM running) or, where the phase is too short, {@link PhaseHold} (engine start,
 * report rendering).
 */
class SignalMatrixIT {

    private static final String FIRST = "a-first";
    private static final String SECOND = "b-second";
    private static final String SECOND_LABEL = "[baseline-" + SECOND + "] ";

    /** A short first workload that finishes before the signal. */
    private static final String FIRST_YAML =
            "engines: [baseline]\nrate: 1000\nduration: 2s\nwarmup: 1s\npartitions: 1\nparallelism: 1\n";

    /** One phase of the matrix: how the run is started and how the test knows it is in the phase. */
    enum Phase {
        BROKER_START("broker start"),
        ENGINE_START("engine start"),
        WARMUP("warm-up"),
        MEASURED("measured"),
        DRAIN("drain"),
        MICROBENCHMARKS("microbenchmarks"),
        REPORT_RENDERING("report rendering");

        final String words;

        Phase(String words) {
            this.words = words;
        }

        String id() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** Every (phase, signal); {@code -Dfaults.rows=REGEX} keeps the rows whose id matches (e.g. sigterm-drain). */
    static Stream<Arguments> rows() {
        String only = System.getProperty("faults.rows", ".*");
        List<Arguments> rows = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            for (String signal : List.of("INT", "TERM")) {
                if (rowId(signal, phase).matches(only)) {
                    rows.add(Arguments.of(phase, signal, "INT".equals(signal) ? 130 : 143));
                }
            }
        }
        return rows.stream();
    }

    private static String rowId(String signal, Phase phase) {
        return "sig" + signal.toLowerCase() + "-" + phase.id();
    }

    @ParameterizedTest(name = "SIG{1} in {0}")
    @MethodSource("rows")
    void aSignalInEachPhaseEndsTheRunIncompleteKeepingWhatWasMeasured(
            Phase phase, String signal, int expectedExit, @TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Path suite = Files.createDirectories(dir.resolve("suite"));
        Files.writeString(suite.resolve(FIRST + ".yaml"), FIRST_YAML);
        List<String> properties = new ArrayList<>();
        List<String> args;
        Predicate<String> line;
        Predicate<List<ProcessHandle>> ready = children -> true;
        int workloadsBefore = 1;
        switch (phase) {
            case BROKER_START -> {
                args = suiteArgs(suite, reports, "none");
                line = l -> l.startsWith("starting Kafka");
                ready = children -> !children.isEmpty();
                workloadsBefore = 0;
            }
            case ENGINE_START -> {
                second(suite, "duration: 2s\nwarmup: 1s\n");
                properties.add("-D" + PhaseHold.PROPERTY + "=" + PhaseHold.Phase.ENGINE_START.id() + "@2");
                args = suiteArgs(suite, reports, "none");
                line = l -> l.startsWith(PhaseHold.MARKER);
            }
            case WARMUP -> {
                second(suite, "duration: 2s\nwarmup: 60s\n");
                args = suiteArgs(suite, reports, "none");
                line = l -> l.startsWith(SECOND_LABEL + "warmup ");
            }
            case MEASURED -> {
                second(suite, "duration: 60s\nwarmup: 1s\n");
                args = suiteArgs(suite, reports, "none");
                line = l -> l.startsWith(SECOND_LABEL + "measure ");
            }
            case DRAIN -> {
                // the drain lasts the disorder bound + 2 s: 14 s here, plenty to hit from the progress line
                second(suite, "duration: 2s\nwarmup: 1s\noutOfOrderness: 12s\n");
                args = suiteArgs(suite, reports, "none");
                line = l -> l.startsWith(SECOND_LABEL + "drain ");
            }
            case MICROBENCHMARKS -> {
                args = suiteArgs(suite, reports, "quick");
                line = l -> l.contains(": JMH, quick profile");
                ready = children -> ForkedHarness.anyCommandContains(children, "jmh-");
            }
            case REPORT_RENDERING -> {
                properties.add("-D" + PhaseHold.PROPERTY + "=" + PhaseHold.Phase.REPORT_RENDERING.id());
                args = suiteArgs(suite, reports, "none");
                line = l -> l.startsWith(PhaseHold.MARKER);
            }
            default -> throw new IllegalStateException(phase.name());
        }

        try (ForkedHarness harness = ForkedHarness.start(dir, properties, args)) {
            if ("INT".equals(signal)) {
                assumeFalse(
                        harness.ignoresSigint(),
                        "this test JVM was started with SIGINT ignored (a non-interactive shell's '&'), so the"
                                + " forked harness ignores it too and cannot be interrupted by it");
            }
            harness.awaitPhase(phase.words, line, ready, Duration.ofMinutes(3));
            String consoleAtSignal = harness.console();
            harness.signal(signal);
            int exit = harness.awaitExit(Duration.ofMinutes(2));
            if (phase == Phase.BROKER_START) {
                assertThat(consoleAtSignal)
                        .as("signalled while the broker started")
                        .doesNotContain(" ready at ");
            }

            assertThat(exit)
                    .as("exit code after SIG" + signal + ":\n" + harness.tail())
                    .isEqualTo(expectedExit);
            Path resultFile = onlyRunDir(reports).resolve(ResultWriter.RESULT_FILE);
            RunResult result = ResultJson.read(resultFile);
            BaselineEndToEndIT.assertValidAgainstSchema(resultFile);
            String kept;
            if (phase == Phase.REPORT_RENDERING) {
                // the run had ended (its result written, OK or FAILED) before the reports were rendered: the
                // signal loses only the rendering, which the next run or `bench report` redoes
                assertThat(result.status()).isIn(RunStatus.OK, RunStatus.FAILED);
                assertThat(result.finishedAt()).isNotNull();
                assertThat(result.workloads()).hasSize(1);
                // the reports directory's lock went with the process: the next run may claim it
                RunRequest.toReports("next-run", reports, List.of()).claim().close();
                kept = "the ended result.json (" + result.status() + ", 1 workload); reports lock released";
            } else {
                assertThat(result.status()).isEqualTo(RunStatus.INCOMPLETE);
                assertThat(result.finishedAt()).isNotNull();
                List<WorkloadResult> finished = result.workloads().stream()
                        .filter(w -> w.status() != RunStatus.INCOMPLETE)
                        .toList();
                assertThat(finished).as("workloads finished before the signal").hasSize(workloadsBefore);
                if (phase != Phase.BROKER_START && phase != Phase.MICROBENCHMARKS) {
                    assertThat(result.workloads())
                            .as("the workload under way is in the result, INCOMPLETE")
                            .last()
                            .extracting(WorkloadResult::status)
                            .isEqualTo(RunStatus.INCOMPLETE);
                }
                finished.forEach(w -> assertThat(w.generator())
                        .as("figures of " + w.scenario())
                        .isNotNull());
                kept = workloadsBefore == 0
                        ? "result.json INCOMPLETE (no workload had started)"
                        : "result.json INCOMPLETE with the earlier workload's figures"
                                + (phase == Phase.MICROBENCHMARKS ? "" : " and the interrupted one marked INCOMPLETE");
            }
            harness.assertNothingLeft(Duration.ofSeconds(30));
            FaultMatrixRow.record(
                    rowId(signal, phase),
                    "SIG" + signal,
                    phase.words,
                    "exit " + expectedExit + ", status "
                            + (phase == Phase.REPORT_RENDERING ? "as ended" : "INCOMPLETE")
                            + ", no process or temp file left",
                    exit,
                    harness.timeToExit(),
                    kept);
        }
    }

    private static List<String> suiteArgs(Path suite, Path reports, String microbench) {
        return List.of(
                "suite", "--suite", suite.toString(), "--reports", reports.toString(), "--microbench", microbench);
    }

    private static void second(Path suite, String timing) throws IOException {
        Files.writeString(
                suite.resolve(SECOND + ".yaml"),
                "engines: [baseline]\nrate: 1000\npartitions: 1\nparallelism: 1\n" + timing);
    }

    private static Path onlyRunDir(Path reports) throws IOException {
        try (Stream<Path> runs = Files.list(reports.resolve("runs"))) {
            List<Path> dirs = runs.filter(Files::isDirectory).toList();
            assertThat(dirs).as("runs in " + reports).hasSize(1);
            return dirs.get(0);
        }
    }
}
