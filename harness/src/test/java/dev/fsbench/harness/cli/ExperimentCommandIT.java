package dev.fsbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.results.ClaimVerdict;
import dev.fsbench.results.ExperimentComparison;
import dev.fsbench.results.ExperimentResult;
import dev.fsbench.results.ExperimentRun;
import dev.fsbench.results.ExperimentVariant;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.WorkloadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `bench experiment` end to end on the real broker and baseline engine JVMs: a baseline throttled to 2/3 of the
 * input rate falls behind, so its window latency grows far above the unthrottled one's; the claim "unthrottled
 * waits less" must be confirmed, its reverse refuted, and two identical variants never confirmed or refuted. The
 * interleaving order is in the result, after the settling run. Three rounds of three short variants (3,000 ev/s, 2 s
 * warm-up, 4 s measured): with two, Welch's test has a single degree of freedom when one variant is much noisier
 * than the other (t = 12.7), and a CI run judged an 8.7x latency ratio inconclusive (interval 0.76-98.7).
 */
class ExperimentCommandIT {

    private static final String EXPERIMENT = """
            name: throttle-it
            claim: An unthrottled baseline delivers its windows sooner than one throttled below the input rate.
            source: the capacity calibration (baseline.throttleEventsPerSec)
            engines: [baseline]
            workload: {rate: 3000, warmup: 2s, duration: 4s, vocabulary: 100}
            variants:
              - {name: free, knobs: {}}
              - {name: same, knobs: {}}
              - {name: throttled, knobs: {baseline.throttleEventsPerSec: 2000}}
            comparisons:
              - {metric: latencyP50Ms, better: free, than: throttled}
              - {claim: the reverse, metric: latencyP50Ms, better: throttled, than: free}
              - {claim: identical variants, metric: latencyP50Ms, better: free, than: same}
            repetitions: 3
            """;

    @Test
    void aThrottledVariantIsJudgedInTheRightDirectionAndIdenticalOnesAreNot(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("throttle-it.yaml"), EXPERIMENT);
        Path out = dir.resolve("run");

        CliOutcome o = CliOutcome.run("experiment", file.toString(), "-q", "--output", out.toString());

        RunResult result = ResultJson.read(out.resolve("result.json"));
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(result.experiments()).hasSize(1);
        ExperimentResult experiment = result.experiments().get(0);
        assertThat(experiment.order())
                .as("a settling run, then interleaved A B C A B C A B C")
                .containsExactly(
                        "baseline-throttle-it.free.settle",
                        "baseline-throttle-it.free",
                        "baseline-throttle-it.same",
                        "baseline-throttle-it.throttled",
                        "baseline-throttle-it.free-2",
                        "baseline-throttle-it.same-2",
                        "baseline-throttle-it.throttled-2",
                        "baseline-throttle-it.free-3",
                        "baseline-throttle-it.same-3",
                        "baseline-throttle-it.throttled-3");
        assertThat(result.workloads())
                .extracting(w -> w.engine() + "-" + w.scenario())
                .startsWith(
                        "baseline-throttle-it.free.settle", "baseline-throttle-it.free", "baseline-throttle-it.same");
        assertThat(experiment.settlingRun()).isEqualTo("baseline-throttle-it.free.settle");
        assertThat(result.workloads()).allMatch(w -> w.verdict().passed(), "every window verified");
        assertThat(experiment.variants().get(2).runs())
                .extracting(ExperimentRun::position)
                .containsExactly(3, 6, 9);
        // every run records the rate it was offered (the workload's, as its config echoes), comparisons no rate
        assertThat(experiment.variants())
                .flatExtracting(ExperimentVariant::runs)
                .extracting(ExperimentRun::rate)
                .containsOnly(3000.0);
        assertThat(result.workloads()).extracting(w -> w.config().ratePerSec()).containsOnly(3000L);
        assertThat(experiment.comparisons())
                .extracting(ExperimentComparison::atRate)
                .containsOnlyNulls();

        List<ExperimentComparison> c = experiment.comparisons();
        assertThat(c.get(0).verdict()).as(c.get(0).toString()).isEqualTo(ClaimVerdict.CONFIRMED);
        assertThat(c.get(0).interval().low()).isGreaterThan(1.05);
        assertThat(experiment.verdict()).isEqualTo(ClaimVerdict.CONFIRMED);
        assertThat(c.get(1).verdict()).as(c.get(1).toString()).isEqualTo(ClaimVerdict.REFUTED);
        assertThat(c.get(2).verdict()).as(c.get(2).toString()).isIn(ClaimVerdict.NO_EFFECT, ClaimVerdict.INCONCLUSIVE);
        // the figures judged are the workloads' own
        WorkloadResult firstFree = result.workloads().get(1);
        assertThat(experiment.variants().get(0).runs().get(0).figures().get("latencyP50Ms"))
                .isEqualTo(firstFree.latencyMs().p50());
        assertThat(o.out() + o.err()).isNotNull();
        assertThat(result.workloads().stream()
                        .max(Comparator.comparing(w -> w.latencyMs().p50())))
                .get()
                .extracting(WorkloadResult::scenario)
                .isEqualTo("throttle-it.throttled");
    }
}
