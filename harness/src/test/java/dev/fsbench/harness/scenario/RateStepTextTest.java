package dev.fsbench.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateStepTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "20000 for 20s | 20000 | 20000",
                "20k for 20s   | 20000 | 20000",
                "20K  for 20s  | 20000 | 20000",
                "1.5M for 20s  | 1500000 | 1500000",
                "3x for 20s    | 30000 | 10000",
                "0.5X for 20s  | 5000  | 10000",
                "1x for 20s    | 7     | 7"
            })
    void readsAbsoluteRatesAndMultiplesOfTheWorkloadsRate(String text, long expected, long base) {
        RateStepText.Step step = RateStepText.parse(1, text);
        assertThat(step.rate(base)).isEqualTo(expected);
        assertThat(step.durationMs()).isEqualTo(20_000);
    }

    @Test
    void readsStepsSeparatedBySemicolons() {
        List<RateStepText.Step> steps = RateStepText.parseAll("20k for 20s; 3x for 500ms;20k for 1m;");
        assertThat(steps).extracting(RateStepText.Step::durationMs).containsExactly(20_000L, 500L, 60_000L);
        assertThat(steps).extracting(s -> s.rate(20_000)).containsExactly(20_000L, 60_000L, 20_000L);
        assertThat(steps.get(1).text()).isEqualTo("3x for 500ms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "20k", "fast for 10s", "20k during 10s", "-5 for 10s", "3y for 10s", "20k for 10"})
    void refusesWhatIsNotARateForADuration(String text) {
        assertThatThrownBy(() -> RateStepText.parse(2, text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rate profile step 2");
    }

    @Test
    void namesWhatIsWrongWithAStep() {
        assertThatThrownBy(() -> RateStepText.parse(1, "0 for 10s")).hasMessageContaining("the rate must be > 0");
        assertThatThrownBy(() -> RateStepText.parse(1, "20k for 0s")).hasMessageContaining("duration must be > 0");
        assertThatThrownBy(() -> RateStepText.parse(1, "10.5 for 1s")).hasMessageContaining("whole number of events/s");
        assertThatThrownBy(() -> RateStepText.parse(3, "20k for 10 parsecs"))
                .hasMessageContaining("rate profile step 3 ('20k for 10 parsecs')")
                .hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> RateStepText.parse(1, "0.00001x for 1s").rate(1000))
                .hasMessageContaining("needs at least 1 event/s");
    }

    @Test
    void aScenariosProfileBecomesTheMeasuredPhaseAndFixesTheWarmup(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("burst.yaml");
        Files.writeString(file, """
                rate: 2000
                warmup: 5s
                rateProfile: ["1x for 10s", "3x for 5s", "2k for 10s"]
                """);
        var spec = WorkloadDefaults.toSpec(ScenarioReader.read(file), "burst");
        assertThat(spec.durationMs()).isEqualTo(25_000);
        assertThat(spec.engineProperties())
                .containsEntry("harness.rateProfile", "1x for 10s; 3x for 5s; 2k for 10s")
                .containsEntry("harness.warmupUntilSteady", "false");
    }

    @Test
    void aProfileRefusesAnotherDurationASteadyWarmupAndABadStep(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, "duration: 30s\nrateProfile: [\"1x for 10s\"]\n");
        assertThatThrownBy(() -> WorkloadDefaults.toSpec(ScenarioReader.read(file), "p"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differs from the rate profile's 10000 ms");
        Files.writeString(
                file, "rateProfile: [\"1x for 10s\"]\nengineProperties: {harness.warmupUntilSteady: 'true'}\n");
        assertThatThrownBy(() -> WorkloadDefaults.toSpec(ScenarioReader.read(file), "p"))
                .hasMessageContaining("harness.warmupUntilSteady=true cannot be combined");
        Files.writeString(file, "rateProfile: [\"1x for 10s\", \"lots for 5s\"]\n");
        assertThatThrownBy(() -> WorkloadDefaults.toSpec(ScenarioReader.read(file), "p"))
                .hasMessageContaining("rate profile step 2 ('lots for 5s')");
        Files.writeString(file, "rateProfle: [\"1x for 10s\"]\n");
        assertThatThrownBy(() -> ScenarioReader.read(file)).hasMessageContaining("unknown key 'rateProfle'");
    }
}
