package dev.fsbench.harness.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.harness.run.Console;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Experiment files are read strictly and checked before anything starts, every problem naming file and key. */
class ExperimentReaderTest {

    static final String VALID = """
            name: throttle
            claim: An unthrottled baseline delivers more events per second.
            source: the capacity calibration
            engines: [baseline]
            workload:
              rate: 4000
              warmup: 3s
              duration: 6s
            variants:
              - name: free
                knobs: {}
              - name: throttled
                knobs:
                  baseline.throttleEventsPerSec: 2000
            comparisons:
              - metric: processedEventsPerSec
                better: free
                than: throttled
                expectedRatio: 2
              - claim: and waits less
                metric: latencyP50Ms
                better: free
                than: throttled
            repetitions: 3
            quick: {repetitions: 2, duration: 4s}
            """;

    /** A sweep of two rates, each comparison judged at one of them. */
    static final String SWEEP = """
            name: throttle
            claim: An unthrottled baseline delivers more events per second.
            engines: [baseline]
            workload: {warmup: 3s, duration: 6s}
            rates: [1000, 4000]
            variants:
              - name: free
                knobs: {}
              - name: throttled
                knobs: {baseline.throttleEventsPerSec: 2000}
            comparisons:
              - metric: processedEventsPerSec
                better: free
                than: throttled
                atRate: 4000
              - claim: and waits less
                metric: latencyP50Ms
                better: free
                than: throttled
                atRate: 1000
            repetitions: 2
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aValidFileBecomesAnExperiment() throws IOException {
        Experiment e = ExperimentReader.read(write("throttle.yaml", VALID), false);

        assertThat(e.name()).isEqualTo("throttle");
        assertThat(e.repetitions()).isEqualTo(3);
        assertThat(e.workload().durationMs()).isEqualTo(6_000);
        assertThat(e.variants()).extracting(Experiment.Variant::name).containsExactly("free", "throttled");
        Experiment.Variant throttled = e.variants().get(1);
        assertThat(throttled.knobs()).containsEntry("baseline.throttleEventsPerSec", "2000");
        assertThat(throttled.workload().scenario()).isEqualTo("throttle.throttled");
        assertThat(throttled.workload().engineProperties()).containsEntry("baseline.throttleEventsPerSec", "2000");
        assertThat(throttled.workload().seed())
                .isEqualTo(e.variants().get(0).workload().seed());
        assertThat(e.comparisons().get(0).effect().size()).isEqualTo(2.0);
        assertThat(e.comparisons().get(0).claim()).isEqualTo(e.claim());
        assertThat(e.comparisons().get(1).effect().size()).as("direction only").isNull();
        assertThat(e.comparisons().get(1).claim()).isEqualTo("and waits less");
    }

    @Test
    void quickTakesTheQuickBlock() throws IOException {
        Experiment e = ExperimentReader.read(write("throttle.yaml", VALID), true);

        assertThat(e.quick()).isTrue();
        assertThat(e.repetitions()).isEqualTo(2);
        assertThat(e.workload().durationMs()).isEqualTo(4_000);
        assertThat(e.variants().get(1).workload().durationMs()).isEqualTo(4_000);
        assertThat(e.workload().warmupMs())
                .as("not in the quick block: unchanged")
                .isEqualTo(3_000);
    }

    @Test
    void anUnknownKeyNamesTheFileTheKeyAndWhereItIs() throws IOException {
        Path file = write("bad.yaml", VALID.replace("    knobs: {}", "    knob: {}"));

        assertThatThrownBy(() -> ExperimentReader.read(file, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("unknown key 'knob'")
                .hasMessageContaining("variants[0]");
    }

    @Test
    void badValuesNameTheFileAndTheKey() throws IOException {
        assertProblem(VALID.replace("metric: processedEventsPerSec", "metric: speed"), "comparisons[0].metric");
        assertProblem(
                VALID.replace("than: throttled\n    expectedRatio", "than: slow\n    expectedRatio"),
                "comparisons[0].than");
        assertProblem(VALID.replace("repetitions: 3", "repetitions: 1"), "repetitions");
        assertProblem(VALID.replace("expectedRatio: 2", "expectedRatio: 0.5"), "comparisons[0].expectedRatio");
        assertProblem(VALID.replace("  - name: throttled", "  - name: free"), "variants[1].name");
        assertProblem(VALID.replace("engines: [baseline]", "engines: [flunk]"), "engines");
        assertProblem(VALID.replace("claim: An", "source2: x\nclaim: An"), "source2");
        assertProblem(VALID.replace("workload:\n", "workload:\n  engines: [flink]\n"), "workload.engines");
        assertProblem(VALID.replace("claim: An unthrottled baseline delivers more events per second.\n", ""), "claim");
    }

    @Test
    void aSweepRunsEveryVariantAtEveryRateAndEachComparisonNamesItsRate() throws IOException {
        Experiment e = ExperimentReader.read(write("throttle.yaml", SWEEP), false);

        assertThat(e.sweeps()).isTrue();
        assertThat(e.rates()).containsExactly(1000L, 4000L);
        assertThat(e.comparisons()).extracting(Experiment.Comparison::atRate).containsExactly(4000L, 1000L);
        assertThat(e.variants().get(1).at(4000).scenario()).isEqualTo("throttle.throttled.at4000");
        assertThat(e.variants().get(1).at(4000).ratePerSec()).isEqualTo(4000);
        assertThat(ExperimentReader.read(write("one.yaml", VALID), false).rates())
                .as("no sweep")
                .isEmpty();
    }

    @Test
    void badSweepsNameTheFileAndTheKey() throws IOException {
        assertProblem(SWEEP.replace("rates: [1000, 4000]", "rates: []"), "'rates'");
        assertProblem(SWEEP.replace("rates: [1000, 4000]", "rates: [4000]"), "'rates'");
        assertProblem(SWEEP.replace("rates: [1000, 4000]", "rates: [0, 4000]"), "'rates'");
        assertProblem(SWEEP.replace("rates: [1000, 4000]", "rates: [-5, 4000]"), "'rates'");
        assertProblem(SWEEP.replace("rates: [1000, 4000]", "rates: [4000, 4000]"), "'rates'");
        assertProblem(SWEEP.replace("rates: [1000, 4000]", "rates: [1000, fast]"), "rates");
        assertProblem(SWEEP.replace("{warmup: 3s,", "{rate: 2000, warmup: 3s,"), "'workload.rate'");
        assertProblem(
                SWEEP.replace("    knobs: {}\n", "    knobs: {}\n    workload: {rate: 2000}\n"),
                "variants[0].workload.rate");
        assertProblem(SWEEP.replace("    atRate: 4000\n", ""), "comparisons[0].atRate");
        assertProblem(SWEEP.replace("atRate: 4000", "atRate: 3000"), "comparisons[0].atRate");
        assertProblem(
                VALID.replace("    expectedRatio: 2\n", "    expectedRatio: 2\n    atRate: 4000\n"),
                "comparisons[0].atRate");
        assertProblem(
                VALID.replace("metric: processedEventsPerSec", "metric: capacityEventsPerSec")
                        .replace("    expectedRatio: 2\n", "    expectedRatio: 2\n    atRate: 4000\n"),
                "comparisons[0].atRate");
    }

    @Test
    void aKnobTheCatalogDoesNotKnowStopsTheScheduleNamingTheFile() throws IOException {
        Path file = write("knob.yaml", VALID.replace("baseline.throttleEventsPerSec: 2000", "flink.windowProbee: x"));
        Experiment e = ExperimentReader.read(file, false);

        assertThatThrownBy(() -> ExperimentSchedule.interleave(java.util.List.of(e), quietConsole()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("flink.windowProbee");
    }

    private void assertProblem(String text, String key) throws IOException {
        Path file = write("problem.yaml", text);
        assertThatThrownBy(() -> ExperimentReader.read(file, false))
                .as(key)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(key);
    }

    static Console quietConsole() {
        return new Console(new PrintStream(OutputStream.nullOutputStream()), true);
    }
}
