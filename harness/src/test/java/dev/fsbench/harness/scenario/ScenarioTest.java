package dev.fsbench.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WorkloadSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
            files.filter(f -> f.toString().endsWith(".yaml")).forEach(f -> {
                Scenario s = ScenarioReader.read(f); // checks a name: key against ScenarioName
                String name = s.name() != null ? s.name() : ScenarioName.fromFileName(f);
                assertThat(WorkloadDefaults.toSpec(s, name).scenario()).matches(ScenarioName.ALLOWED);
            });
        }
    }

    @Test
    void payloadBytesComesFromTheFileAndTheFlagOverridesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("padded.yaml");
        Files.writeString(file, "payloadBytes: 1000\n");
        Scenario fromFile = ScenarioReader.read(file);

        assertThat(spec(fromFile).payloadBytes()).isEqualTo(1000);
        assertThat(spec(WorkloadDefaults.merge(fromFile, Scenario.empty().withPayloadBytes(64)))
                        .payloadBytes())
                .isEqualTo(64);
        assertThat(spec(Scenario.empty()).payloadBytes()).isZero();
        assertThatThrownBy(() -> spec(Scenario.empty().withPayloadBytes(-1)))
                .hasMessageContaining("payload bytes must be between 0 and 1000000");
    }

    /**
     * The heavy workloads state the output rate they imply (result records per second): with uniform keys a window
     * of n events over V words holds V(1 - (1 - 1/V)^n) distinct words on average, and 1000 / slide windows close
     * per second. The stated figure must be that, within 1 %.
     */
    @ParameterizedTest
    @CsvSource({"many-windows, 100, 0", "large-state, 1, 0", "payload-1k, 1, 1000"})
    void heavyScenariosStateTheOutputRateTheyImply(String name, int windowsPerEvent, int payloadBytes) {
        Path file = Path.of(System.getProperty("bench.home", "..")).resolve("scenarios/" + name + ".yaml");
        Scenario scenario = ScenarioReader.read(file);
        WorkloadSpec spec = spec(scenario);
        assertThat(spec.window().windowsPerEvent()).isEqualTo(windowsPerEvent);
        assertThat(spec.payloadBytes()).isEqualTo(payloadBytes);
        assertThat(spec.keyDistribution()).isEqualTo(KeyDistribution.UNIFORM);

        double eventsPerWindow = spec.ratePerSec() * spec.window().sizeMs() / 1000.0;
        double wordsPerWindow =
                spec.vocabularySize() * (1 - Math.pow(1 - 1.0 / spec.vocabularySize(), eventsPerWindow));
        double resultsPerSec = wordsPerWindow * 1000.0 / spec.window().slideMs();
        Matcher stated = Pattern.compile("output ([\\d,]+) result records/s").matcher(scenario.description());
        assertThat(stated.find())
                .as("description states the output rate: " + scenario.description())
                .isTrue();
        assertThat(Double.parseDouble(stated.group(1).replace(",", ""))).isCloseTo(resultsPerSec, withinPercentage(1));
    }
}
