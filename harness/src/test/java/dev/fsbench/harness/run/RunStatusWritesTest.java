package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.kafka.KafkaBackend;
import dev.fsbench.harness.result.ResultWriter;
import dev.fsbench.results.HarnessProcess;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every result.json written while a run goes says RUNNING, has no finishedAt and names this process; only the
 * run's last write says how it ended.
 */
class RunStatusWritesTest {

    private final Console console = new Console(new PrintStream(new ByteArrayOutputStream()), true);

    @Test
    void everyWriteWhileTheRunGoesIsRunningAndOnlyTheLastSaysHowItEnded(@TempDir Path runDir) throws Exception {
        List<RunResult> seenDuringRun = new ArrayList<>();
        BenchmarkRun run =
                new BenchmarkRun("status-run", runDir, List.of(), new NoBroker(), BenchHome.locate(), console);

        RunResult ended = run.execute((runner, kafka, done) -> seenDuringRun.add(read(runDir)));

        assertThat(seenDuringRun).singleElement().satisfies(during -> {
            assertThat(during.status()).isEqualTo(RunStatus.RUNNING);
            assertThat(during.finishedAt()).isNull();
            assertThat(during.process()).isNotNull();
            assertThat(during.process().pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(during.process().host()).isEqualTo(HarnessProcess.localHost());
            assertThat(during.process().processStartedAt()).isEqualTo(HarnessProcess.startOf(ProcessHandle.current()));
        });
        RunResult onDisk = read(runDir);
        // a run with neither workloads nor capacity searches measured nothing: FAILED, but ended
        assertThat(onDisk.status()).isEqualTo(RunStatus.FAILED).isEqualTo(ended.status());
        assertThat(onDisk.finishedAt()).isNotNull();
        assertThat(onDisk.process().pid()).isEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void aRunWithMoreToDoStaysRunningUntilItIsFinished(@TempDir Path runDir) throws Exception {
        BenchmarkRun run =
                new BenchmarkRun("suite-run", runDir, List.of(), new NoBroker(), BenchHome.locate(), console);

        RunResult soFar = run.measure(null);

        assertThat(soFar.status()).as("the status so far, for the caller").isEqualTo(RunStatus.FAILED);
        assertThat(read(runDir).status()).as("on disk until finish").isEqualTo(RunStatus.RUNNING);
        assertThat(read(runDir).finishedAt()).isNull();

        run.finish(soFar);
        assertThat(read(runDir).status()).isEqualTo(RunStatus.FAILED);
        assertThat(read(runDir).finishedAt()).isEqualTo(soFar.finishedAt());
    }

    @Test
    void nothingOverwritesTheEndedResultAndARunCannotEndRunning(@TempDir Path runDir) throws Exception {
        RunJournal journal = new RunJournal(runDir, () -> null, console);
        RunResult ok = result(RunStatus.OK, "2026-11-30T20:00:00Z");
        journal.record(ok);
        assertThat(read(runDir).status()).isEqualTo(RunStatus.RUNNING);

        journal.finish(ok);
        journal.record(result(RunStatus.FAILED, "2026-11-30T20:00:01Z"));

        assertThat(read(runDir).status()).isEqualTo(RunStatus.OK);
        assertThat(read(runDir).finishedAt()).isEqualTo("2026-11-30T20:00:00Z");
        assertThatThrownBy(() -> new RunJournal(runDir, () -> null, console).finish(RunJournal.asRunning(ok)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RUNNING");
    }

    private static RunResult result(RunStatus status, String finishedAt) {
        return new RunResult(
                RunResult.SCHEMA_VERSION,
                "journal-run",
                "2026-11-30T19:59:00Z",
                finishedAt,
                status,
                List.of(),
                null,
                null,
                List.of(),
                null,
                null,
                List.of(),
                HarnessProcess.current());
    }

    private static RunResult read(Path runDir) {
        try {
            return ResultJson.read(runDir.resolve(ResultWriter.RESULT_FILE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A run without workloads never sends a record: it only needs its Kafka to start and stop. */
    private static final class NoBroker implements KafkaBackend {
        @Override
        public boolean sharesHarnessClock() {
            return true; // it stamps nothing: a run without workloads sends no record
        }

        @Override
        public String name() {
            return "external";
        }

        @Override
        public void start() {}

        @Override
        public String bootstrapServers() {
            return "127.0.0.1:9";
        }

        @Override
        public Map<String, String> clientProperties() {
            return Map.of();
        }

        @Override
        public String version() {
            return null;
        }

        @Override
        public Duration startupTime() {
            return Duration.ZERO;
        }

        @Override
        public void close() {}
    }
}
