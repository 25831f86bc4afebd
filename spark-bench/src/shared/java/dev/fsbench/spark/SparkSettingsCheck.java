package dev.fsbench.spark;

import dev.fsbench.api.knobs.EngineKeyCheck;
import java.util.List;

/**
 * Run by the harness in Spark's JVM classpath before the broker starts: checks the workload's Spark settings
 * (the {@code spark.*} keys that are not this project's knobs, given as arguments) against Spark's registry.
 * Exit 0, or 2 if a key is unknown to Spark and near one it knows; see {@link EngineKeyCheck}.
 */
public final class SparkSettingsCheck {

    private SparkSettingsCheck() {}

    public static void main(String[] knobKeys) {
        System.exit(EngineKeyCheck.run(
                "Spark",
                List.of(knobKeys),
                SparkConfigRegistry.knownKeys(),
                SparkConfigRegistry.PREFIX_FAMILIES,
                System.out));
    }
}
