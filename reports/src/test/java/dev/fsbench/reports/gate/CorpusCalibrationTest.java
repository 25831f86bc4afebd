package dev.fsbench.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.reports.Corpus;
import dev.fsbench.reports.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gate on the real-run corpus (runs of the CI profile on the project's machine): over every A/A comparison the
 * share of false alarms stays within {@link GatePolicy#FALSE_ALARM_BUDGET}, and the same comparisons with a 15 %
 * latency rise or a 15 % processed-throughput drop injected into the current run are flagged in at least 90 %, for
 * both shapes CI runs: (a) one run of 3 repeats against one run, (b) one run against a history of 2 or more runs.
 * More corpus files only add comparisons. The figures are printed for docs/gate.md.
 */
class CorpusCalibrationTest {
    private static final double SHIFT = 0.15;
    private static List<RunRecord> runs;

    @BeforeAll
    static void load() {
        runs = Corpus.runs();
    }

    /** One comparison: baseline runs (one in shape a) and the current run. */
    private record Case(List<RunRecord> baseline, RunRecord current) {}

    /** Shape (a): every ordered pair of distinct runs. */
    private static List<Case> pairs() {
        List<Case> cases = new ArrayList<>();
        for (RunRecord b : runs) {
            for (RunRecord c : runs) {
                if (b != c) {
                    cases.add(new Case(List.of(b), c));
                }
            }
        }
        return cases;
    }

    /** Shape (b): every run against every 2 others, and against all others (up to the default history size). */
    private static List<Case> histories() {
        List<Case> cases = new ArrayList<>();
        for (RunRecord c : runs) {
            List<RunRecord> others = runs.stream()
                    .filter(r -> r != c)
                    .limit(RegressionGate.DEFAULT_HISTORY_RUNS)
                    .toList();
            for (int i = 0; i < others.size(); i++) {
                for (int j = i + 1; j < others.size(); j++) {
                    cases.add(new Case(List.of(others.get(i), others.get(j)), c));
                }
            }
            if (others.size() > 2) {
                cases.add(new Case(others, c));
            }
        }
        return cases;
    }

    private static ComparisonReport judge(Case k, UnaryOperator<RunRecord> change) {
        return RegressionGate.compareWithRuns(
                k.baseline(), change.apply(k.current()), MetricExtractor::extract, new ArrayList<>());
    }

    /** How often the gate exits 1, and which headline metrics regressed how often. */
    private record Tally(int comparisons, int flagged, int cannotJudge, Map<String, Integer> perMetric) {
        double rate() {
            return (double) flagged / comparisons;
        }

        String line(String what) {
            return String.format(
                    Locale.ROOT, "%s: %d/%d flagged (%.1f %%)", what, flagged, comparisons, 100.0 * rate());
        }
    }

    private static Tally tally(List<Case> cases, UnaryOperator<RunRecord> change) {
        int flagged = 0;
        int cannotJudge = 0;
        Map<String, Integer> perMetric = new TreeMap<>();
        for (Case k : cases) {
            ComparisonReport report = judge(k, change);
            flagged += report.exitCode() == ComparisonReport.REGRESSED ? 1 : 0;
            cannotJudge += report.exitCode() == ComparisonReport.CANNOT_JUDGE ? 1 : 0;
            for (MetricComparison c : report.headline()) {
                perMetric.merge(c.current().key(), c.verdict() == Verdict.REGRESSED ? 1 : 0, Integer::sum);
            }
        }
        return new Tally(cases.size(), flagged, cannotJudge, perMetric);
    }

    private static void print(String shape, Tally aa, Tally latency, Tally throughput) {
        System.out.printf(Locale.ROOT, "gate corpus %s, %d runs:%n", shape, runs.size());
        System.out.println("  " + aa.line("A/A false alarms"));
        System.out.println("  " + latency.line("+15 % latency"));
        System.out.println("  " + throughput.line("-15 % processed throughput"));
        System.out.println("  per headline metric, share of comparisons in which it alone was flagged"
                + " (A/A | +15 % latency | -15 % processed):");
        aa.perMetric()
                .forEach((key, n) -> System.out.printf(
                        Locale.ROOT,
                        "    %-62s %5.1f %% | %5.1f %% | %5.1f %%%n",
                        key,
                        100.0 * n / aa.comparisons(),
                        100.0 * latency.perMetric().getOrDefault(key, 0) / latency.comparisons(),
                        100.0 * throughput.perMetric().getOrDefault(key, 0) / throughput.comparisons()));
    }

    private static void check(String shape, List<Case> cases, double budget) {
        assertThat(runs.size()).as("corpus runs").isGreaterThanOrEqualTo(3);
        Tally aa = tally(cases, r -> r);
        Tally latency = tally(cases, r -> Corpus.withLatencyTimes(r, 1 + SHIFT));
        Tally throughput = tally(cases, r -> Corpus.withProcessedTimes(r, 1 - SHIFT));
        print(shape, aa, latency, throughput);

        assertThat(aa.cannotJudge())
                .as("A/A comparisons the gate could not judge")
                .isZero();
        assertThat(aa.rate()).as(aa.line("A/A false alarms")).isLessThanOrEqualTo(budget);
        assertThat(latency.rate()).as(latency.line("+15 % latency")).isGreaterThanOrEqualTo(0.9);
        assertThat(throughput.rate()).as(throughput.line("-15 % processed")).isGreaterThanOrEqualTo(0.9);
    }

    /**
     * An A/A corpus: at least 8 runs of one setup and of one commit of the harness, so that no difference between
     * two of its runs is a change of the code (a corpus recorded across commits calibrates the gate on changes).
     */
    @Test
    void theCorpusHasEightRunsOfTheCiProfileFromOneCommit() {
        assertThat(runs.size()).as("corpus runs").isGreaterThanOrEqualTo(8);
        for (RunRecord run : runs) {
            assertThat(run.workloads()).as(run.runId()).hasSizeGreaterThanOrEqualTo(9);
            assertThat(run.fingerprint()).as(run.runId()).isEqualTo(runs.get(0).fingerprint());
            assertThat(run.gitCommit())
                    .as(run.runId())
                    .isNotNull()
                    .isEqualTo(runs.get(0).gitCommit());
        }
    }

    @Test
    void oneRunOfThreeRepeatsAgainstAnother() {
        check("(a) one run against one run", pairs(), GatePolicy.SINGLE_RUN_FALSE_ALARM_BUDGET);
    }

    @Test
    void oneRunAgainstAHistoryOfTwoOrMoreRuns() {
        check("(b) one run against 2 or more history runs", histories(), GatePolicy.FALSE_ALARM_BUDGET);
    }

    @Test
    void aRunComparedWithItselfPasses() {
        for (RunRecord run : runs) {
            ComparisonReport report = RegressionGate.compare(run, run);
            assertThat(report.exitCode()).as(run.runId()).isEqualTo(ComparisonReport.PASSED);
            assertThat(report.countHeadline(Verdict.UNCHANGED))
                    .isEqualTo(report.headline().size());
        }
    }
}
