package dev.fsbench.harness.run;

import dev.fsbench.harness.process.ShutdownRegistry;
import dev.fsbench.harness.result.ResultWriter;
import dev.fsbench.results.HarnessProcess;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * result.json of one run while it goes: every write before the last says RUNNING, has no finishedAt and names the
 * harness process, so a run killed outright (SIGKILL, the OOM killer, a CI timeout) is never read as a result;
 * {@link #finish} writes the ended result once. On Ctrl-C or SIGTERM the shutdown hook writes INCOMPLETE first,
 * before the engines and the broker stop (each stop can take seconds, and a second signal may kill the JVM
 * meanwhile), and again once they stopped, with whatever was learnt in between. Writes are atomic
 * (temp file + move) and serialised here, so no RUNNING write can follow an INCOMPLETE one.
 */
final class RunJournal {

    private final Path runDir;
    private final Supplier<RunResult> interrupted;
    private final Console console;
    private final AutoCloseable writeIncompleteFirst = () -> writeIncomplete(true);
    private final AutoCloseable writeIncompleteAgain = () -> writeIncomplete(false);
    private boolean ended;

    /** @param interrupted the run as an interruption leaves it (status INCOMPLETE, the workload under way too) */
    RunJournal(Path runDir, Supplier<RunResult> interrupted, Console console) {
        this.runDir = runDir;
        this.interrupted = interrupted;
        this.console = console;
    }

    /** From now on an interruption writes INCOMPLETE. */
    void open() {
        ShutdownRegistry.registerFirst(writeIncompleteFirst);
        ShutdownRegistry.register(writeIncompleteAgain);
    }

    /**
     * Writes the run so far as RUNNING; once the JVM is shutting down, as the INCOMPLETE result it then is.
     * Nothing after {@link #finish}.
     */
    synchronized void record(RunResult soFar) throws IOException {
        if (ended) {
            return;
        }
        ResultWriter.write(ShutdownRegistry.isShuttingDown() ? soFar : asRunning(soFar), runDir);
    }

    void recordQuietly(RunResult soFar) {
        try {
            record(soFar);
        } catch (IOException e) {
            console.warn("could not write " + runDir.resolve(ResultWriter.RESULT_FILE) + ": " + e.getMessage());
        }
    }

    /** Ends the run: {@code result} (OK, FAILED or INCOMPLETE, with its finishedAt) is the last word on it. */
    RunResult finish(RunResult result) throws IOException {
        if (result.status() == null || !result.status().ended() || result.finishedAt() == null) {
            throw new IllegalStateException("a run ends with OK, FAILED or INCOMPLETE and a finishedAt, not "
                    + result.status() + " / " + result.finishedAt());
        }
        if (ShutdownRegistry.isShuttingDown() && result.status() != RunStatus.INCOMPLETE) {
            // a signal came first: whatever ended the run meanwhile (e.g. Kafka failing as the hook stops the
            // broker) must not overwrite the INCOMPLETE the hook wrote
            result = interrupted.get();
        }
        synchronized (this) {
            if (!ended) {
                ResultWriter.write(result, runDir);
                ended = true;
            }
        }
        ShutdownRegistry.unregister(writeIncompleteFirst);
        ShutdownRegistry.unregister(writeIncompleteAgain);
        return result;
    }

    void finishQuietly(RunResult result) {
        try {
            finish(result);
        } catch (IOException e) {
            console.warn("could not write " + runDir.resolve(ResultWriter.RESULT_FILE) + ": " + e.getMessage());
        }
    }

    /** {@code soFar} as an intermediate write records it: RUNNING, no finishedAt. */
    static RunResult asRunning(RunResult soFar) {
        return new RunResult(
                soFar.schemaVersion(),
                soFar.runId(),
                soFar.startedAt(),
                null,
                RunStatus.RUNNING,
                soFar.warnings(),
                soFar.environment(),
                soFar.kafka(),
                soFar.workloads(),
                soFar.harness(),
                soFar.microbenchmarks(),
                soFar.capacity(),
                soFar.process() != null ? soFar.process() : HarnessProcess.current());
    }

    private synchronized void writeIncomplete(boolean first) {
        if (ended) {
            return;
        }
        RunResult result = interrupted.get();
        try {
            ResultWriter.write(result, runDir);
            if (first) {
                // a signal, or an error that ended the harness before the run did (e.g. a full disk)
                System.err.println("run ended early: wrote " + result.status() + " result with "
                        + result.workloads().size() + " workload(s) to " + runDir.resolve(ResultWriter.RESULT_FILE));
            }
        } catch (IOException e) {
            if (first) {
                System.err.println(
                        "run ended early: could not write its " + result.status() + " result: " + e.getMessage());
            }
        }
    }
}
