package dev.fsbench.harness.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.results.CapacityResult;
import dev.fsbench.results.ClaimVerdict;
import dev.fsbench.results.ExperimentComparison;
import dev.fsbench.results.ExperimentResult;
import dev.fsbench.results.ExperimentRun;
import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.LimitedBy;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.Throughput;
import dev.fsbench.results.WorkloadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's comparison is judged on the runs at its rate only, every run records its rate and every figure it
 * gives, and a capacity comparison is judged on the searches' confirmed rates (not on a ruler's lower bound).
 */
class ExperimentJudgementTest {

    @TempDir
    Path dir;

    @Test
    void eachComparisonIsJudgedOnTheRunsAtItsRate() throws Exception {
        ExperimentSchedule schedule =
                schedule(ExperimentReaderTest.SWEEP.replace("metric: processedEventsPerSec", "metric: latencyP50Ms"));
        // plan order: the settling run (free@1000, here a cold-start outlier), then free@1000 throttled@1000
        // free@4000 throttled@4000, twice. The throttle (2000 ev/s) only bites at 4000 ev/s, where the throttled
        // variant falls behind and waits ten times longer.
        List<WorkloadResult> workloads = List.of(
                workload(50_000, 1000),
                workload(200, 1000),
                workload(203, 1000),
                workload(210, 4000),
                workload(2_100, 2000),
                workload(205, 1000),
                workload(201, 1000),
                workload(208, 4000),
                workload(2_300, 2000));

        ExperimentResult result =
                ExperimentJudgement.judge(schedule, workloads, List.of()).get(0);

        ExperimentComparison at4000 = result.comparisons().get(0);
        ExperimentComparison at1000 = result.comparisons().get(1);
        assertThat(at4000.atRate()).isEqualTo(4000.0);
        assertThat(at4000.verdict()).as(at4000.toString()).isEqualTo(ClaimVerdict.CONFIRMED);
        assertThat(at4000.ratio()).isBetween(9.0, 12.0);
        assertThat(at1000.atRate()).isEqualTo(1000.0);
        assertThat(at1000.verdict()).as(at1000.toString()).isIn(ClaimVerdict.NO_EFFECT, ClaimVerdict.INCONCLUSIVE);
        assertThat(at1000.ratio())
                .as("the settling run's outlier is not judged")
                .isBetween(0.9, 1.1);
        assertThat(result.settlingRun()).isEqualTo("baseline-throttle.free.settle");
        assertThat(result.order()).startsWith("baseline-throttle.free.settle", "baseline-throttle.free.at1000");
        assertThat(result.variants().get(0).runs())
                .as("the settling run is not one of the variant's runs")
                .extracting(ExperimentRun::workload)
                .doesNotContain("baseline-throttle.free.settle")
                .hasSize(4);
        List<ExperimentRun> throttled = result.variants().get(1).runs();
        assertThat(throttled).extracting(ExperimentRun::rate).containsExactly(1000.0, 4000.0, 1000.0, 4000.0);
        assertThat(throttled)
                .extracting(ExperimentRun::workload)
                .containsExactly(
                        "baseline-throttle.throttled.at1000",
                        "baseline-throttle.throttled.at4000",
                        "baseline-throttle.throttled.at1000-2",
                        "baseline-throttle.throttled.at4000-2");
        assertThat(throttled.get(1).figures())
                .as("every figure the run gives, compared or not")
                .containsEntry("latencyP50Ms", 2_100.0)
                .containsEntry("latencyP99Ms", 4_200.0)
                .containsEntry("processedEventsPerSec", 2000.0);
    }

    @Test
    void aCapacityComparisonIsJudgedOnTheSearchesAndRefusesLowerBounds() throws Exception {
        ExperimentSchedule schedule = schedule(ExperimentReaderTest.VALID
                .replace("metric: processedEventsPerSec", "metric: capacityEventsPerSec")
                .replace("    expectedRatio: 2\n", "")
                .replace("repetitions: 3", "repetitions: 2"));
        assertThat(schedule.searches()).hasSize(4);
        List<WorkloadResult> workloads = List.of(
                workload(210, 4000),
                workload(200, 4000),
                workload(900, 2000),
                workload(205, 4000),
                workload(950, 2000));

        ExperimentResult engineBound = ExperimentJudgement.judge(
                        schedule,
                        workloads,
                        List.of(
                                capacity(20_000, LimitedBy.ENGINE),
                                capacity(2_000, LimitedBy.ENGINE),
                                capacity(22_000, LimitedBy.ENGINE),
                                capacity(2_200, LimitedBy.ENGINE)))
                .get(0);
        ExperimentResult rulerBound = ExperimentJudgement.judge(
                        schedule,
                        workloads,
                        List.of(
                                capacity(20_000, LimitedBy.GENERATOR),
                                capacity(2_000, LimitedBy.ENGINE),
                                capacity(22_000, LimitedBy.ENGINE),
                                capacity(2_200, LimitedBy.ENGINE)))
                .get(0);

        ExperimentComparison capacity = engineBound.comparisons().get(0);
        assertThat(capacity.verdict()).as(capacity.toString()).isEqualTo(ClaimVerdict.CONFIRMED);
        assertThat(capacity.ratio()).isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(capacity.atRate()).isNull();
        ExperimentRun search = engineBound.variants().get(0).runs().stream()
                .filter(r -> r.figures().containsKey("capacityEventsPerSec"))
                .findFirst()
                .orElseThrow();
        assertThat(search.figures()).isEqualTo(Map.of("capacityEventsPerSec", 20_000.0));
        assertThat(search.rate()).as("the rate it confirmed").isEqualTo(20_000.0);
        assertThat(search.position()).as("after the fixed-rate runs").isEqualTo(5);
        assertThat(engineBound.comparisons().get(1).verdict())
                .as("the latency comparison still judges the fixed-rate runs")
                .isEqualTo(ClaimVerdict.CONFIRMED);
        ExperimentComparison bounded = rulerBound.comparisons().get(0);
        assertThat(bounded.verdict()).isEqualTo(ClaimVerdict.INCONCLUSIVE);
        assertThat(bounded.note()).contains("lower bound");
    }

    private ExperimentSchedule schedule(String text) throws Exception {
        Path file = Files.writeString(dir.resolve("throttle.yaml"), text);
        return ExperimentSchedule.interleave(
                List.of(ExperimentReader.read(file, false)), ExperimentReaderTest.quietConsole());
    }

    /** A workload's result as the assembler gives it, reduced to the figures judged here. */
    private static WorkloadResult workload(double p50, double processed) {
        return WorkloadResult.builder("baseline", "throttle")
                .status(RunStatus.OK, null)
                .throughput(new Throughput(processed, processed), List.of())
                .latency(
                        new LatencySummary(p50, p50, 2 * p50, 2 * p50, 2 * p50, p50, 1000, List.of()),
                        null,
                        null,
                        List.of())
                .build();
    }

    private static CapacityResult capacity(double found, LimitedBy limitedBy) {
        return new CapacityResult(
                "baseline",
                "throttle",
                found,
                limitedBy,
                "as found",
                null,
                false,
                500_000.0,
                null,
                List.of(),
                null,
                0.10);
    }
}
