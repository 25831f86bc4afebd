package dev.fsbench.harness.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.run.WorkloadPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentScheduleTest {

    @Test
    void variantsRunInterleavedRoundByRoundOnTheSameSeed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("throttle.yaml");
        Files.writeString(file, ExperimentReaderTest.VALID);
        Experiment e = ExperimentReader.read(file, false);

        ExperimentSchedule schedule = ExperimentSchedule.interleave(List.of(e), ExperimentReaderTest.quietConsole());

        assertThat(schedule.plans())
                .extracting(WorkloadPlan::label)
                .containsExactly(
                        "baseline-throttle.free.settle",
                        "baseline-throttle.free",
                        "baseline-throttle.throttled",
                        "baseline-throttle.free-2",
                        "baseline-throttle.throttled-2",
                        "baseline-throttle.free-3",
                        "baseline-throttle.throttled-3");
        assertThat(schedule.runs())
                .extracting(ExperimentSchedule.ScheduledRun::position)
                .as("the settling run is 0, judged runs count from 1")
                .containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(schedule.runs())
                .extracting(ExperimentSchedule.ScheduledRun::settling)
                .containsExactly(true, false, false, false, false, false, false);
        assertThat(schedule.runs().get(0).variant()).isEqualTo(e.variants().get(0));
        assertThat(schedule.plans())
                .extracting(p -> p.spec().seed())
                .containsOnly(e.workload().seed());
    }

    @Test
    void aSweepRunsEveryVariantAtOneRateSideBySideThenTheNextRate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("throttle.yaml");
        Files.writeString(file, ExperimentReaderTest.SWEEP);
        Experiment e = ExperimentReader.read(file, false);

        ExperimentSchedule schedule = ExperimentSchedule.interleave(List.of(e), ExperimentReaderTest.quietConsole());

        assertThat(schedule.plans())
                .extracting(WorkloadPlan::label)
                .containsExactly(
                        "baseline-throttle.free.settle",
                        "baseline-throttle.free.at1000",
                        "baseline-throttle.throttled.at1000",
                        "baseline-throttle.free.at4000",
                        "baseline-throttle.throttled.at4000",
                        "baseline-throttle.free.at1000-2",
                        "baseline-throttle.throttled.at1000-2",
                        "baseline-throttle.free.at4000-2",
                        "baseline-throttle.throttled.at4000-2");
        assertThat(schedule.plans())
                .extracting(p -> p.spec().ratePerSec())
                .as("the settling run at the first rate")
                .containsExactly(1000L, 1000L, 1000L, 4000L, 4000L, 1000L, 1000L, 4000L, 4000L);
        assertThat(schedule.runs())
                .extracting(ExperimentSchedule.ScheduledRun::rate)
                .containsExactly(1000L, 1000L, 1000L, 4000L, 4000L, 1000L, 1000L, 4000L, 4000L);
        assertThat(schedule.runs())
                .extracting(ExperimentSchedule.ScheduledRun::label)
                .isEqualTo(schedule.plans().stream().map(WorkloadPlan::label).toList());
        assertThat(schedule.plans())
                .extracting(p -> p.spec().seed())
                .containsOnly(e.workload().seed());
        assertThat(schedule.searches()).isEmpty();
    }

    @Test
    void aCapacityComparisonAddsASearchPerRoundAndVariantAfterTheFixedRateRuns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("throttle.yaml");
        Files.writeString(
                file,
                ExperimentReaderTest.SWEEP.replace(
                        "comparisons:\n",
                        "comparisons:\n  - {metric: capacityEventsPerSec, better: free, than: throttled}\n"));
        Experiment e = ExperimentReader.read(file, false);

        ExperimentSchedule schedule = ExperimentSchedule.interleave(List.of(e), ExperimentReaderTest.quietConsole());

        assertThat(schedule.plans()).as("a settling run and 8 judged runs").hasSize(9);
        assertThat(schedule.searches())
                .extracting(job -> job.engine().name() + "-" + job.spec().scenario())
                .containsExactly(
                        "baseline-throttle.free.capacity",
                        "baseline-throttle.throttled.capacity",
                        "baseline-throttle.free.capacity-2",
                        "baseline-throttle.throttled.capacity-2");
        assertThat(schedule.searches())
                .extracting(job -> job.spec().engineProperties().get("baseline.throttleEventsPerSec"))
                .containsExactly(null, "2000", null, "2000");
        assertThat(schedule.runs().subList(9, 13))
                .allMatch(ExperimentSchedule.ScheduledRun::capacitySearch)
                .extracting(ExperimentSchedule.ScheduledRun::position)
                .containsExactly(9, 10, 11, 12);
    }
}
