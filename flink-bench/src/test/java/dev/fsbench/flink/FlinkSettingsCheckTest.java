package dev.fsbench.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.knobs.EngineKeyCheck;
import dev.fsbench.api.knobs.FlinkSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.junit.jupiter.api.Test;

class FlinkSettingsCheckTest {

    private static final Set<String> KNOWN = FlinkConfigRegistry.knownKeys();

    private record Check(int exitCode, String output) {}

    private static Check check(String... knobKeys) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = EngineKeyCheck.run(
                "Flink",
                List.of(knobKeys),
                KNOWN,
                FlinkConfigRegistry.PREFIX_FAMILIES,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Check(code, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void registryHoldsFlinksOptionsWithTheirDeprecatedKeys() {
        assertThat(KNOWN)
                .contains(
                        PipelineOptions.OBJECT_REUSE.key(),
                        TaskManagerOptions.NUM_TASK_SLOTS.key(),
                        CheckpointingOptions.CHECKPOINTING_INTERVAL.key(),
                        "state.backend"); // deprecated key of state.backend.type
    }

    @Test
    void theKeysTheKnobsSetAreRealFlinkKeys() {
        assertThat(KNOWN).containsAll(FlinkSettings.CONFIGURATION.ownedKeys().keySet());
        // a misspelt loopback key would never be refused: every one must be a real Flink key
        assertThat(KNOWN).containsAll(FlinkSettings.CONFIGURATION.loopbackKeys());
    }

    @Test
    void knownKeysPassATypoFailsWithTheNearestKeyAndTheRestIsUnverified() {
        assertThat(check("flink.taskmanager.numberOfTaskSlots")).isEqualTo(new Check(0, ""));

        Check typo = check("flink.taskmanager.numberOfTaskSlotz");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.output())
                .contains("UNKNOWN\tflink.taskmanager.numberOfTaskSlotz")
                .contains("did you mean flink.taskmanager.numberOfTaskSlots?");

        Check unverified = check("flink.metrics.reporter.jmx.factory.class", "flink.vendor.specific.thing");
        assertThat(unverified.exitCode()).isZero();
        assertThat(unverified.output())
                .contains("UNVERIFIED\tflink.metrics.reporter.jmx.factory.class")
                .contains("UNVERIFIED\tflink.vendor.specific.thing");
    }

    @Test
    void passThroughKeysReachTheConfigurationAfterTheKnobs() {
        FlinkKnobs knobs = FlinkKnobs.from(FlinkKnobsTest.workload(
                2,
                java.util.Map.of(
                        "flink.taskmanager.numberOfTaskSlots", "4", "flink.execution.checkpointing.timeout", "1 min")));
        Configuration config = new Configuration();
        knobs.applyTo(config);
        assertThat(config.get(TaskManagerOptions.NUM_TASK_SLOTS)).isEqualTo(4);
        assertThat(knobs.describe()).containsEntry("flink.taskmanager.numberOfTaskSlots", "4");
    }
}
