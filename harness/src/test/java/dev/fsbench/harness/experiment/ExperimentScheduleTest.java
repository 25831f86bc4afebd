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
                        "baseline-throttle.free",
                        "baseline-throttle.throttled",
                        "baseline-throttle.free-2",
                        "baseline-throttle.throttled-2",
                        "baseline-throttle.free-3",
                        "baseline-throttle.throttled-3");
        assertThat(schedule.runs())
                .extracting(ExperimentSchedule.ScheduledRun::position)
                .containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(schedule.plans())
                .extracting(p -> p.spec().seed())
                .containsOnly(e.workload().seed());
    }
}
