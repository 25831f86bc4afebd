package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowResult;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.collector.ReceivedWindows;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.harness.generator.EventTimeIndex;
import dev.fsbench.harness.generator.GroundTruth;
import dev.fsbench.harness.generator.KeyChooser;
import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.GeneratorSummary;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.TelemetryResult;
import dev.fsbench.results.ThroughputPoint;
import dev.fsbench.results.WorkloadResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The result of a workload as a pure function of what its phases produced. */
class WorkloadResultAssemblerTest {

    private static final long START = 1_700_000_000_000L;
    private static final WorkloadSpec SPEC = new WorkloadSpec(
            "unit", 4, 2_000, 1_000, WindowSpec.tumbling(1_000), 3, KeyDistribution.UNIFORM, 1.0, 0, 2, 2, 7, Map.of());
    private static final WorkloadPlan EXACT = new WorkloadPlan(EngineDrivers.byName("flink"), SPEC, 1);
    private static final WorkloadPlan CONSERVATION = new WorkloadPlan(EngineDrivers.byName("spark-dstream"), SPEC, 1);
    private static final WorkloadArtifacts ARTIFACTS = new WorkloadArtifacts(
            new EngineMetrics(List.of(), Map.of()),
            TelemetryResult.missing("engine JVM never started", Map.of()),
            Map.of("job_json", "flink-unit/job.json"));
    private static final WorkloadEnding FINE = new WorkloadEnding(null, false);

    /** Four events a second for four seconds: one warm-up second, two measured, one of drain. */
    private static LoadOutcome.Input sent() {
        return sent(4.0, 0.5);
    }

    private static LoadOutcome.Input sent(double achievedRate, double maxLagMs) {
        GroundTruth truth = new GroundTruth(SPEC.window(), SPEC.vocabularySize());
        EventTimeIndex eventTimes = new EventTimeIndex(SPEC.vocabularySize());
        for (int i = 0; i < 16; i++) {
            truth.add(START + i * 250L, i % 3);
            eventTimes.add(START + i * 250L, i % 3);
        }
        GeneratorSummary report = new GeneratorSummary(
                4, achievedRate, 16, 8, maxLagMs, true, START, START + 1_000, START + 3_000, START + 4_000, null, 1);
        return new LoadOutcome.Input(report, truth, eventTimes);
    }

    /** What a correct engine emits for {@link #sent()}, minus the windows listed in {@code lost}. */
    private static LoadOutcome.Output received(long... lost) {
        ReceivedWindows windows = new ReceivedWindows();
        sent().truth().forEachWindow(start -> true, (start, word, count) -> {
            for (long gone : lost) {
                if (gone == start) {
                    return;
                }
            }
            windows.add(new WindowResult(start, start + 1_000, KeyChooser.word(word), count));
        });
        Histogram latency = new Histogram(3);
        latency.recordValue(120);
        // the broker appended results for 4 events in each second of the measured phase
        List<ThroughputPoint> perSecond = List.of(
                new ThroughputPoint(START + 1_000, 4, 4.0, 0.0, 0.0),
                new ThroughputPoint(START + 2_000, 4, 4.0, 0.0, 0.0));
        return new LoadOutcome.Output(windows, latency, latency.copy(), List.of(), perSecond);
    }

    @Test
    void verifiedOutputMakesAnOkWorkloadWithItsFigures() {
        LoadOutcome load = new LoadOutcome(sent(), received(), null, false);

        WorkloadResult result = WorkloadResultAssembler.assemble(
                EXACT, Map.of("webUi", TextNode.valueOf("http://x")), load, FINE, ARTIFACTS);

        assertThat(result.status()).isEqualTo(RunStatus.OK);
        assertThat(result.failureReason()).isNull();
        assertThat(result.verification().passed()).isTrue();
        assertThat(result.verification().mode()).isEqualTo("exact");
        assertThat(result.verification().windowsCorrect())
                .isEqualTo(result.verification().windowsExpected());
        assertThat(result.throughput().processedEventsPerSec()).isEqualTo(4.0);
        assertThat(result.throughput().inputEventsPerSec()).isEqualTo(4.0);
        assertThat(result.latencyMs().p50()).isEqualTo(120.0);
        assertThat(result.engineInfo().get("webUi").asText()).isEqualTo("http://x");
        assertThat(result.files()).containsEntry("job_json", "flink-unit/job.json");
        assertThat(result.sustainable().sustained()).isTrue();
        assertThat(result.cost()).as("no telemetry, no cost").isNull();
    }

    @Test
    void aScheduleLagInTheWarmUpOnlyDoesNotCount() {
        // the report's lag covers the whole run; the per-second series says the measured phase was on time
        LoadOutcome load = new LoadOutcome(sent(4.0, 5_000), received(), null, false);

        assertThat(WorkloadResultAssembler.assemble(EXACT, Map.of(), load, FINE, ARTIFACTS)
                        .status())
                .isEqualTo(RunStatus.OK);
    }

    @Test
    void aGeneratorBehindItsScheduleMakesTheWorkloadInvalidWithoutAVerdict() {
        LoadOutcome load = new LoadOutcome(sent(3.0, 0.5), received(), null, false);

        WorkloadResult result = WorkloadResultAssembler.assemble(EXACT, Map.of(), load, FINE, ARTIFACTS);

        assertThat(result.status()).isEqualTo(RunStatus.INVALID);
        assertThat(result.failureReason()).startsWith("the generator did not keep its schedule: 3 of 4 ev/s");
        assertThat(result.sustainable()).isNull();
        assertThat(result.verdict().passed()).isFalse();
    }

    @Test
    void aGeneratorLaggingBeyondTheBoundInTheMeasuredPhaseIsInvalidToo() {
        LoadOutcome.Output lagging = received();
        lagging = new LoadOutcome.Output(
                lagging.windows(),
                lagging.latency(),
                lagging.visibleLatency(),
                List.of(),
                List.of(
                        new ThroughputPoint(START + 1_000, 4, 4.0, 0.0, 0.0),
                        new ThroughputPoint(START + 2_000, 4, 4.0, 0.0, 5_000.0)));
        LoadOutcome load = new LoadOutcome(sent(4.0, 5_000), lagging, null, false);

        assertThat(WorkloadResultAssembler.assemble(EXACT, Map.of(), load, FINE, ARTIFACTS)
                        .status())
                .isEqualTo(RunStatus.INVALID);
    }

    @Test
    void anEngineGivenUpOnWhileBehindHasUndeliveredWindowsAndIsNotSustained() {
        // the engine delivered up to the window ending at START + 2_000 and was still working on the next
        LoadOutcome load = new LoadOutcome(
                sent(), received(START + 2_000), null, false, new LoadOutcome.Behind(START + 2_000, 42), null);

        WorkloadResult result = WorkloadResultAssembler.assemble(EXACT, Map.of(), load, FINE, ARTIFACTS);

        assertThat(result.status()).isEqualTo(RunStatus.OK);
        assertThat(result.verification().windowsMissing()).isZero();
        assertThat(result.verification().windowsUndelivered()).isEqualTo(3);
        assertThat(result.sustainable().sustained()).isFalse();
        assertThat(result.sustainable().reasons())
                .anySatisfy(reason -> assertThat(reason).contains("3 windows were still undelivered"))
                .anySatisfy(reason -> assertThat(reason).contains("backlog 42 events"));
    }

    @Test
    void theSameOutputsGiveTheSameResult() {
        LoadOutcome load = new LoadOutcome(sent(), received(), null, false);
        assertThat(WorkloadResultAssembler.assemble(EXACT, Map.of(), load, FINE, ARTIFACTS))
                .usingRecursiveComparison()
                .isEqualTo(WorkloadResultAssembler.assemble(EXACT, Map.of(), load, FINE, ARTIFACTS));
    }

    @Test
    void aMissingWindowFailsTheWorkloadWithTheMismatch() {
        LoadOutcome load = new LoadOutcome(sent(), received(START + 1_000), null, false);

        WorkloadResult result = WorkloadResultAssembler.assemble(EXACT, Map.of(), load, FINE, ARTIFACTS);

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.failureReason()).startsWith("verification failed: missing window [" + (START + 1_000));
        assertThat(result.verification().windowsMissing()).isEqualTo(3);
    }

    @Test
    void anEarlierFailureIsTheReasonEvenWhenVerificationFailsToo() {
        LoadOutcome load = new LoadOutcome(sent(), received(START + 1_000), "engine JVM died during the run", false);
        WorkloadEnding ending = WorkloadEnding.of(load, Optional.empty(), false, Optional.empty());

        WorkloadResult result = WorkloadResultAssembler.assemble(EXACT, Map.of(), load, ending, ARTIFACTS);

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.failureReason()).isEqualTo("engine JVM died during the run");
        assertThat(result.verification().passed())
                .as("still judged, for debugging")
                .isFalse();
        assertThat(result.verification().windowsMissing()).isEqualTo(3);
    }

    @Test
    void anInterruptedWorkloadIsIncompleteAndNotVerifiedInItsEnginesMode() {
        LoadOutcome load = new LoadOutcome(sent(), received(), null, true);
        WorkloadEnding ending = WorkloadEnding.of(load, Optional.empty(), true, Optional.empty());

        WorkloadResult result = WorkloadResultAssembler.assemble(CONSERVATION, Map.of(), load, ending, ARTIFACTS);

        assertThat(result.status()).isEqualTo(RunStatus.INCOMPLETE);
        assertThat(result.verification().mode()).isEqualTo("conservation");
        assertThat(result.verification().passed()).isFalse();
        assertThat(result.verification().examples()).containsExactly("not verified: the run did not complete");
    }

    @Test
    void anEngineThatNeverStartedGivesAFailedWorkloadWithEmptyFigures() {
        LoadOutcome load = LoadOutcome.notStarted("engine JVM exited with code 3 before it was ready");
        WorkloadEnding ending = WorkloadEnding.of(load, Optional.empty(), false, Optional.empty());

        WorkloadResult result = WorkloadResultAssembler.assemble(EXACT, Map.of(), load, ending, ARTIFACTS);

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.failureReason()).isEqualTo("engine JVM exited with code 3 before it was ready");
        assertThat(result.generator()).isNull();
        assertThat(result.verification().examples()).containsExactly("not verified: the run did not complete");
        assertThat(result.throughput().processedEventsPerSec()).isNull();
        assertThat(result.latencyMs().count()).isZero();
        assertThat(result.visibleLatencyMs()).isNull();
        assertThat(result.latencyOverTime()).isEmpty();
    }

    @Test
    void theWorkloadRunningAtAnInterruptionKeepsItsEnginesVerificationMode() {
        WorkloadResult dstreams = WorkloadResultAssembler.interrupted(CONSERVATION);
        WorkloadResult flink = WorkloadResultAssembler.interrupted(EXACT);

        assertThat(dstreams.status()).isEqualTo(RunStatus.INCOMPLETE);
        assertThat(dstreams.engine()).isEqualTo("spark-dstream");
        assertThat(dstreams.verification().mode()).isEqualTo("conservation");
        assertThat(flink.verification().mode()).isEqualTo("exact");
        assertThat(dstreams.verification().examples())
                .containsExactly("not verified: interrupted before the workload finished");
    }
}
