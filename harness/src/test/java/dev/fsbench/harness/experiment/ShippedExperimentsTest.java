package dev.fsbench.harness.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.harness.engine.BenchHome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every shipped experiment reads, and its knobs pass the catalog for every engine it names, full and quick. */
class ShippedExperimentsTest {

    @Test
    void everyShippedExperimentIsValidFullAndQuick() {
        List<Path> files =
                ExperimentFiles.expand(List.of(BenchHome.locate().root().resolve("experiments")));
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (boolean quick : new boolean[] {false, true}) {
            List<Experiment> experiments =
                    files.stream().map(f -> ExperimentReader.read(f, quick)).toList();
            ExperimentSchedule schedule =
                    ExperimentSchedule.interleave(experiments, ExperimentReaderTest.quietConsole());
            assertThat(schedule.experimentCount()).isEqualTo(files.size());
            experiments.forEach(e -> assertThat(e.repetitions()).isGreaterThanOrEqualTo(2));
        }
    }

    @Test
    void aVariantsWorkloadKeysChangeOnlyThatVariant() {
        Experiment skew = ExperimentReader.read(BenchHome.locate().root().resolve("experiments/key-skew.yaml"), false);

        assertThat(skew.variants())
                .extracting(v -> v.workload().keyDistribution().name())
                .containsExactly("UNIFORM", "ZIPF", "ZIPF");
        assertThat(skew.variants().get(2).workload().zipfExponent()).isEqualTo(1.5);
        assertThat(skew.variants())
                .extracting(v -> v.workload().seed())
                .containsOnly(skew.workload().seed());
    }

    @Test
    void theLatencyKnobExperimentsSweepRatesAndEveryQuickExperimentFitsFifteenMinutes() {
        List<Path> files =
                ExperimentFiles.expand(List.of(BenchHome.locate().root().resolve("experiments")));
        List<Experiment> quick =
                files.stream().map(f -> ExperimentReader.read(f, true)).toList();
        assertThat(quick.stream()
                        .filter(e ->
                                e.name().matches("flink-buffer-timeout|flink-watermark-interval|spark-.*-interval"))
                        .toList())
                .hasSize(4)
                .allMatch(Experiment::sweeps)
                .allMatch(e -> e.comparisons().stream().allMatch(c -> e.rates().contains(c.atRate())));
        for (Experiment e : quick) {
            ExperimentSchedule schedule =
                    ExperimentSchedule.interleave(List.of(e), ExperimentReaderTest.quietConsole());
            // each workload: its warm-up and measured phase, plus ~15 s to start, drain and stop an engine
            long ms = schedule.plans().stream()
                    .mapToLong(p -> p.spec().warmupMs() + p.spec().durationMs() + 15_000)
                    .sum();
            assertThat(ms).as(e.name() + " quick, estimated").isLessThanOrEqualTo(15 * 60_000L);
        }
    }
}
