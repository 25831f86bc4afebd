package dev.fsbench.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fsbench.reports.ResultFixtures;
import dev.fsbench.results.GeneratorSummary;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.Verification;
import dev.fsbench.results.WorkloadResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadFiguresTest {

    private static WorkloadResult flink(java.util.function.Consumer<ObjectNode> change) {
        RunResult run = ResultFixtures.edit(
                ResultFixtures.run(
                        "r",
                        Instant.parse("2026-11-20T08:00:00Z"),
                        ResultFixtures.ENV_A,
                        ResultFixtures.Shape.reference(3)),
                r -> change.accept((ObjectNode) r.path("workloads").path(0)));
        return run.workloads().get(0);
    }

    @Test
    void anInvalidWorkloadIsShownAsInvalidNeverAsPassedAndItsTimingsDoNotCount() {
        WorkloadResult w = flink(n -> {
            n.put("status", "INVALID");
            n.put("failureReason", "generator fell behind by 2,400 ms");
            n.remove("sustainable");
        });
        assertThat(w.verification().verified()).isTrue(); // its output was right, but the load was not as asked

        WorkloadView view = WorkloadView.of("flink", "w0", w, new ChartSpecs("t"));

        assertThat(view.verificationShort()).isEqualTo("INVALID (exact)").doesNotContain("passed");
        assertThat(view.verificationClass()).isEqualTo("invalid");
        assertThat(view.figures().invalid()).isTrue();
        assertThat(view.figures().sustained()).isEqualTo("not judged");
        assertThat(WorkloadFigures.NOT_COUNTING).contains("do not count");
    }

    @Test
    void sustainVerdictWithItsReasons() {
        WorkloadFigures ok = WorkloadFigures.of(flink(n -> {}));
        assertThat(ok.sustained()).isEqualTo("sustained");
        assertThat(ok.sustainClass()).isEqualTo("ok");

        WorkloadFigures behind = WorkloadFigures.of(flink(n -> {
            ObjectNode s = n.putObject("sustainable").put("sustained", false);
            s.putArray("reasons").add("backlog grows").add("latency trends up");
        }));
        assertThat(behind.sustained()).isEqualTo("not sustained");
        assertThat(behind.sustainClass()).isEqualTo("failed");
        assertThat(behind.reasons()).containsExactly("backlog grows", "latency trends up");
    }

    @Test
    void warmUpSaysHowLongAndWhetherItEndedSteady() {
        assertThat(WorkloadFigures.warmup(generator(12_000, true))).isEqualTo("12 s, until steady");
        assertThat(WorkloadFigures.warmup(generator(60_000, false))).isEqualTo("60 s, not steady (ran to its maximum)");
        assertThat(WorkloadFigures.warmup(generator(10_000, null))).isEqualTo("10 s (fixed)");
        assertThat(WorkloadFigures.warmup(null)).isEqualTo("–");
    }

    private static GeneratorSummary generator(long warmupMs, Boolean steady) {
        long start = 1_700_000_000_000L;
        return new GeneratorSummary(
                1000, 1000, 70_000, 60_000, 3, true, start, start + warmupMs, start + warmupMs + 60_000, 0, steady, 2);
    }

    @Test
    void undeliveredWindowsAreNamedApartFromMissingOnes() {
        Verification v =
                new Verification(Verification.EXACT, false, 100, 60, 4, 0, 0, 0, 36, 1000, 600, null, List.of());

        assertThat(VerificationText.full(v))
                .contains("4 missing")
                .contains("36 undelivered (still owed when waiting ended: behind, not lost)");
    }

    @Test
    void costFiguresAndTheirAbsence() {
        List<List<String>> rows = WorkloadFigures.of(flink(n -> {})).costRows();
        assertThat(rows).extracting(r -> r.get(0)).contains("engine CPU per million events", "allocation per event");
        assertThat(rows.get(0).get(1)).endsWith(" core-s");
        assertThat(WorkloadFigures.of(flink(n -> n.remove("cost"))).costRows()).isEmpty();
    }
}
