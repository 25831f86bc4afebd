package dev.fsbench.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WorkloadSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioTest {

    @Test
    void scenarioFileIsReadAndFlagsOverrideIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, """
                name: sliding-zipf
                engines: [baseline]
                rate: 20000
                duration: 1m
                window: {size: 2s, slide: 500ms}
                distribution: zipf
                zipfExponent: 1.2
                engineProperties: {jvm.gc: parallel}
                """);
        Scenario flags = new Scenario(
                null,
                null,
                null,
                5000L,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of("flink.objectReuse", "true"));
        WorkloadSpec spec = WorkloadDefaults.toSpec(WorkloadDefaults.merge(ScenarioReader.read(file), flags), "x");
        assertThat(spec.scenario()).isEqualTo("sliding-zipf");
        assertThat(spec.ratePerSec()).isEqualTo(5000);
        assertThat(spec.durationMs()).isEqualTo(60_000);
        assertThat(spec.window().sizeMs()).isEqualTo(2000);
        assertThat(spec.window().slideMs()).isEqualTo(500);
        assertThat(spec.keyDistribution()).isEqualTo(KeyDistribution.ZIPF);
        assertThat(spec.engineProperties())
                .containsEntry("jvm.gc", "parallel")
                .containsEntry("flink.objectReuse", "true");
        assertThat(spec.warmupMs()).isEqualTo(10_000); // default
    }

    @Test
    void unknownKeyIsRejectedByName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "rate: 1000\nrat: 5\n");
        assertThatThrownBy(() -> ScenarioReader.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown key 'rat'")
                .hasMessageContaining("bad.yaml");
    }

    @Test
    void wrongTypeNamesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("typed.yaml");
        Files.writeString(file, "rate: fast\n");
        assertThatThrownBy(() -> ScenarioReader.read(file))
                .hasMessageContaining("typed.yaml")
                .hasMessageContaining("line 1");
    }

    @Test
    void unreadableScenarioIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> ScenarioReader.read(dir.resolve("nope.yaml"))).hasMessageContaining("cannot be read");
    }

    @Test
    void invalidValuesNameTheirField() {
        assertThatThrownBy(() -> spec(new Scenario(
                        null, null, null, 0L, null, null, null, null, null, null, null, null, null, null, null, null)))
                .hasMessageContaining("rate must be > 0");
        assertThatThrownBy(() -> spec(new Scenario(
                        null, null, null, -5L, null, null, null, null, null, null, null, null, null, null, null, null)))
                .hasMessageContaining("rate must be > 0");
        assertThatThrownBy(() -> spec(new Scenario(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new Scenario.WindowText("1s", "2s"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .hasMessageContaining("slide");
        assertThatThrownBy(() -> spec(new Scenario(
                        null, null, null, null, "30", null, null, null, null, null, null, null, null, null, null,
                        null)))
                .hasMessageContaining("duration: '30' is not a duration");
        assertThatThrownBy(() -> spec(new Scenario(
                        null, null, null, null, null, null, null, null, "pareto", null, null, null, null, null, null,
                        null)))
                .hasMessageContaining("unknown key distribution 'pareto'");
    }

    private static WorkloadSpec spec(Scenario s) {
        return WorkloadDefaults.toSpec(s, "t");
    }

    @Test
    void shippedScenariosAreValid() throws Exception {
        Path scenarios = Path.of(System.getProperty("bench.home", "..")).resolve("scenarios");
        try (var files = Files.walk(scenarios)) {
            files.filter(f -> f.toString().endsWith(".yaml"))
                    .forEach(f -> assertThat(WorkloadDefaults.toSpec(ScenarioReader.read(f), "x"))
                            .isNotNull());
        }
    }
}
