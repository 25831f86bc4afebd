package dev.fsbench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.knobs.EngineKeyCheck;
import dev.fsbench.api.knobs.SparkSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SparkSettingsCheckTest {

    private static final Set<String> KNOWN = SparkConfigRegistry.knownKeys();

    private record Check(int exitCode, String output) {}

    private static Check check(String... knobKeys) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = EngineKeyCheck.run(
                "Spark",
                List.of(knobKeys),
                KNOWN,
                SparkConfigRegistry.PREFIX_FAMILIES,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Check(code, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void registryHoldsCoreSqlStreamingAndKafkaSettings() {
        assertThat(KNOWN)
                .contains(
                        "spark.executor.memory",
                        "spark.sql.adaptive.enabled",
                        "spark.streaming.backpressure.enabled",
                        "spark.streaming.kafka.maxRatePerPartition",
                        "spark.kryo.registrationRequired");
        assertThat(KNOWN).containsAll(SparkSettings.CONFIGURATION.ownedKeys().keySet());
        assertThat(KNOWN).containsAll(SparkSettings.CONFIGURATION.loopbackKeys());
    }

    @Test
    void knownKeysPassATypoFailsWithTheNearestKeyAndTheRestIsUnverified() {
        assertThat(check("spark.executor.memory", "spark.sql.adaptive.enabled")).isEqualTo(new Check(0, ""));

        Check typo = check("spark.executor.memroy");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.output()).contains("UNKNOWN\tspark.executor.memroy").contains("spark.executor.memory?");

        Check unverified = check("spark.hadoop.fs.s3a.endpoint", "spark.vendor.thing");
        assertThat(unverified.exitCode()).isZero();
        assertThat(unverified.output())
                .contains("UNVERIFIED\tspark.hadoop.fs.s3a.endpoint")
                .contains("UNVERIFIED\tspark.vendor.thing");
    }
}
