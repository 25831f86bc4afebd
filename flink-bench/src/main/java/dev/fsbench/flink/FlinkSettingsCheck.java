package dev.fsbench.flink;

import dev.fsbench.api.knobs.EngineKeyCheck;
import java.util.List;

/**
 * Run by the harness in Flink's JVM classpath before the broker starts: checks the workload's Flink
 * configuration keys ({@code flink.<flink key>}, given as arguments) against Flink's declared options.
 * Exit 0, or 2 if a key is unknown to Flink and near one it knows; see {@link EngineKeyCheck}.
 */
public final class FlinkSettingsCheck {

    private FlinkSettingsCheck() {}

    public static void main(String[] knobKeys) {
        System.exit(EngineKeyCheck.run(
                "Flink",
                List.of(knobKeys),
                FlinkConfigRegistry.knownKeys(),
                FlinkConfigRegistry.PREFIX_FAMILIES,
                System.out));
    }
}
