package dev.fsbench.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.MachineLoad;
import dev.fsbench.results.Verification;
import dev.fsbench.results.WorkloadVerdict;
import dev.fsbench.results.WorkloadVerdict.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationTextTest {

    private static final WorkloadVerdict PASSED = new WorkloadVerdict(Outcome.PASSED, null);
    private static final WorkloadVerdict FAILED = new WorkloadVerdict(Outcome.FAILED, "verification failed");

    @Test
    void briefNamesTheVerdictAndTheMode() {
        Verification exact = verification(Verification.EXACT, 10, 10, 0, null);
        Verification conservation = verification(Verification.CONSERVATION, 10, 9, 1, 0.25);

        assertThat(VerificationText.brief(PASSED, exact)).isEqualTo("passed (exact)");
        assertThat(VerificationText.brief(FAILED, conservation)).isEqualTo("FAILED (conservation)");
        assertThat(VerificationText.brief(new WorkloadVerdict(Outcome.NOT_VERIFIED, "x"), null))
                .isEqualTo("not verified");
    }

    @Test
    void fullListsOnlyTheKindsOfBadWindowsThatOccurred() {
        assertThat(VerificationText.full(verification(Verification.EXACT, 10, 10, 0, null)))
                .isEqualTo("exact: 10/10 windows correct; events 40/40");
        assertThat(VerificationText.full(verification(Verification.EXACT, 10, 9, 1, null)))
                .isEqualTo("exact: 9/10 windows correct, 1 missing; events 40/40");
        assertThat(VerificationText.full(null)).isEqualTo("not verified");
    }

    @Test
    void overCountedReplaysAreNamedBesideTheDuplicates() {
        Verification overCounted = new Verification(
                Verification.EXACT, true, 10, 10, 0, 5, 0, 0, 0, 40, 40, null, List.of(), null, null, null, 3L);
        assertThat(VerificationText.full(overCounted))
                .isEqualTo("exact: 10/10 windows correct, 5 duplicated, 3 over-counted by a replay"
                        + " (tolerated: never under-counted); events 40/40");
    }

    @Test
    void conservationSaysWhatItCheckedAndClaimsNoWindowsCorrect() {
        Verification strict = new Verification(
                Verification.CONSERVATION,
                false,
                500,
                498,
                0,
                1,
                0,
                1,
                0,
                40,
                41,
                0.25,
                List.of(),
                0L,
                2L,
                new Verification.OutputRecords(501, 0, 0, 0, 0, true, 2_000, 1));
        assertThat(VerificationText.full(strict))
                .isEqualTo("conservation (per word, batch grid, duplicates, vocabulary): 500 results checked,"
                        + " 2 words miscounted, 0 off grid, 1 duplicated, 1 unexpected words; events 41/40;"
                        + " misassigned 25.0%; watched 2.0 s for late records (1 arrived)")
                .doesNotContain("windows correct");

        // schema 1-2: only the total was checked, and the page says so
        assertThat(VerificationText.full(verification(Verification.CONSERVATION, 10, 10, 0, 0.25)))
                .isEqualTo("conservation (total only): events 40/40; misassigned 25.0%");
    }

    @Test
    void recordProblemsAreNamed() {
        Verification v = new Verification(
                Verification.EXACT,
                false,
                10,
                10,
                0,
                0,
                0,
                0,
                0,
                40,
                40,
                null,
                List.of(),
                null,
                null,
                new Verification.OutputRecords(12, 2, 0, 3, 1, false, 10_000, 0));
        assertThat(VerificationText.full(v))
                .contains(", 2 malformed records")
                .contains(", 3 negative latencies (external broker: reported only)")
                .contains(", 1 latencies above the histogram's range")
                .endsWith("; watched 10.0 s for late records (0 arrived)");
    }

    @Test
    void latencySaysHowManyWindowsItRestsOnAndContentionIsAWarning() {
        LatencySummary v3 = new LatencySummary(100.0, 110.0, 120.0, 130.0, 140.0, 105.0, 12_000, List.of(), 30L);
        assertThat(MeasurementBasis.latency(v3)).isEqualTo("p99 over 30 windows (12,000 results)");
        LatencySummary v2 = new LatencySummary(100.0, 110.0, 120.0, 130.0, 140.0, 105.0, 12_000, List.of());
        assertThat(MeasurementBasis.latency(v2)).isEqualTo("p99 over 12,000 results (windows not recorded)");
        assertThat(MeasurementBasis.latency(LatencySummary.empty())).isNull();

        assertThat(MeasurementBasis.contention(new MachineLoad(2, 2.5, 2.0, 3.1, true)))
                .startsWith("Contended machine: the 1-minute load was 2.50 on 2 cores")
                .contains("up to 3.10 during it");
        assertThat(MeasurementBasis.contention(new MachineLoad(2, 0.5, 1.0, 1.2, false)))
                .isNull();
        assertThat(MeasurementBasis.contention(new MachineLoad(2, 4.2, 4.5, 4.9, 0.07, 0.81, true)))
                .startsWith("Contended machine: processes other than the run's own used 0.07 of the 2 cores")
                .contains("and 0.81 during it")
                .doesNotContain("load was");
        assertThat(MeasurementBasis.contention(new MachineLoad(2, 1.0, null, null, 0.9, null, true)))
                .contains("0.90 of the 2 cores")
                .contains("an unknown share during it");
        assertThat(MeasurementBasis.contention(null)).isNull();
    }

    @Test
    void cssClassFollowsTheOutcome() {
        assertThat(VerificationText.cssClass(PASSED)).isEqualTo("ok");
        assertThat(VerificationText.cssClass(FAILED)).isEqualTo("failed");
        assertThat(VerificationText.cssClass(new WorkloadVerdict(Outcome.NOT_VERIFIED, "x")))
                .isEqualTo("incomplete");
    }

    private static Verification verification(
            String mode, long expected, long correct, long missing, Double misassignment) {
        return new Verification(
                mode, missing == 0, expected, correct, missing, 0, 0, 0, 0, 40, 40, misassignment, List.of());
    }
}
