package dev.fsbench.harness.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.EngineSession;
import dev.fsbench.harness.engine.EngineTempFiles;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.run.HarnessInMeasuredPhase;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault-matrix row "SIGKILL of an engine JVM": a run of two short baseline workloads whose first engine JVM is
 * killed in its measured phase. The first workload fails naming the engine JVM's exit (137, SIGKILL), the second
 * runs normally and is OK, the run exits 1 with a final result.json, and nothing is left: no process, no engine
 * temp dir (the killed engine's java.io.tmpdir is deleted by the harness), nothing new of an engine's in /tmp.
 */
class EngineSigkillIT {

    private static final List<String> TWO_WORKLOADS = List.of(
            "--engines",
            "baseline",
            "--rate",
            "1000",
            "--duration",
            "15s",
            "--warmup",
            "1s",
            "--repeat",
            "2",
            "-P",
            "jvm.heap=256m");

    private static final String ENGINE_MAIN_CLASS = "dev.fsbench.baseline.BaselineEngine";
    private static final Pattern MEASURE_LINE = Pattern.compile("\\] measure ");

    @Test
    void killingTheEngineFailsItsWorkloadNamingTheSignalAndTheNextWorkloadRuns(@TempDir Path dir) throws Exception {
        Set<String> tempBefore = EngineTempFiles.inSystemTemp();
        HarnessInMeasuredPhase running = HarnessInMeasuredPhase.start(dir, TWO_WORKLOADS);
        ForkedJvm harness = running.harness();
        try {
            awaitConsoleLines(harness, MEASURE_LINE, 3); // a few seconds into the measured phase
            ProcessHandle engine = running.children().stream()
                    .filter(EngineSigkillIT::isEngineJvm)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no engine JVM among " + running.children()));
            Path firstEngineTemp = running.runDir()
                    .resolve(workloadLabel(running.runDir(), engine))
                    .resolve("engine")
                    .resolve(EngineSession.TEMP_DIR);
            assertThat(firstEngineTemp)
                    .as("the engine's java.io.tmpdir while it runs")
                    .isDirectory();

            long killedAt = System.nanoTime();
            assertThat(engine.destroyForcibly()).isTrue(); // SIGKILL
            assertThat(harness.waitFor(Duration.ofSeconds(180)))
                    .as("harness exits after its second workload")
                    .isTrue();
            Duration timeToExit = Duration.ofNanos(System.nanoTime() - killedAt);

            assertThat(harness.exitCode()).as(harness.outputTail(40)).contains(1);
            RunResult result = running.result();
            assertThat(result.status()).isEqualTo(RunStatus.FAILED);
            assertThat(result.finishedAt()).isNotNull();
            assertThat(result.workloads()).hasSize(2);
            WorkloadResult first = result.workloads().get(0);
            WorkloadResult second = result.workloads().get(1);
            assertThat(first.status()).isEqualTo(RunStatus.FAILED);
            assertThat(first.failureReason())
                    .startsWith("engine JVM died during the run (exit code 137 (killed by SIGKILL))");
            assertThat(second.status()).as(second.failureReason()).isEqualTo(RunStatus.OK);

            assertThat(firstEngineTemp).as("the killed engine's temp dir").doesNotExist();
            assertThat(EngineTempFiles.leftUnder(running.runDir()))
                    .as("engine temp dirs left")
                    .isEmpty();
            running.assertNoChildLeft();
            assertThat(processesUnder(dir)).as("processes started for this run").isEmpty();
            assertThat(EngineTempFiles.inSystemTemp())
                    .as("new engine files in " + EngineTempFiles.systemTemp())
                    .isSubsetOf(tempBefore);

            FaultMatrixRow.record(
                    "sigkill-engine-measured",
                    "SIGKILL of the engine JVM (baseline engine, first of two workloads)",
                    "measured",
                    "exit 1; run FAILED; the workload FAILED \"engine JVM died during the run (exit code 137"
                            + " (killed by SIGKILL))\" with the engine's last output; the next workload ran and is"
                            + " OK; the killed engine's temp dir deleted; no process left",
                    harness.exitCode().orElseThrow(),
                    timeToExit,
                    "result.json (final, FAILED) with both workloads; the killed engine's logs (engine.out,"
                            + " engine.err) and what its workload measured before the kill; the second workload's"
                            + " full result");
        } finally {
            harness.kill();
        }
    }

    /** An engine JVM runs from its argument file ({@code engine.jvmargs}), which names its main class. */
    private static boolean isEngineJvm(ProcessHandle process) {
        String commandLine = process.info().commandLine().orElse("");
        int at = commandLine.indexOf('@');
        if (at < 0 || !commandLine.endsWith("engine.jvmargs")) {
            return false;
        }
        try {
            return Files.readString(Path.of(commandLine.substring(at + 1))).contains(ENGINE_MAIN_CLASS);
        } catch (IOException e) {
            return false;
        }
    }

    /** The workload directory the engine's argument file is in, relative to the run directory. */
    private static Path workloadLabel(Path runDir, ProcessHandle engine) {
        String commandLine = engine.info().commandLine().orElseThrow();
        Path argFile = Path.of(commandLine.substring(commandLine.indexOf('@') + 1));
        return runDir.relativize(argFile.getParent());
    }

    private static List<String> processesUnder(Path dir) {
        String marker = dir.toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .filter(line -> line.contains(marker))
                .toList();
    }

    /** Waits until the harness's console holds {@code count} lines matching {@code line}. */
    private static void awaitConsoleLines(ForkedJvm harness, Pattern line, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (line.matcher(Files.readString(harness.stdoutFile())).results().count() < count) {
            assertThat(harness.isAlive())
                    .as("harness died early:\n" + harness.outputTail(40))
                    .isTrue();
            assertThat(System.nanoTime()).as("too few lines like " + line).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
