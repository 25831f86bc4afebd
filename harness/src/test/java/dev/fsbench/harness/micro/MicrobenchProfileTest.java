package dev.fsbench.harness.micro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MicrobenchProfileTest {

    @Test
    void everyRunKeepsJmhJsonAndAllocationFigures() {
        for (MicrobenchProfile profile : MicrobenchProfile.values()) {
            for (MicrobenchJar jar : MicrobenchJar.values()) {
                List<String> args = profile.jmhArguments(jar, "/out/jmh.json", null);
                assertThat(String.join(" ", args)).contains("-prof gc").contains("-rf json -rff /out/jmh.json");
            }
        }
    }

    @Test
    void eachJarGetsOnlyItsOwnBenchmarks() {
        assertThat(MicrobenchProfile.FULL.jmhArguments(MicrobenchJar.SPARK, "f", null))
                .anyMatch(a -> a.startsWith("SparkSerialization"))
                .noneMatch(a -> a.startsWith("FlinkSerialization"));
        assertThat(MicrobenchProfile.QUICK.jmhArguments(MicrobenchJar.FLINK, "f", null))
                .noneMatch(a -> a.startsWith("SparkSerialization"));
    }

    @Test
    void fullProfileBuysForksNotJustIterations() {
        List<String> quick = MicrobenchProfile.QUICK.jmhArguments(MicrobenchJar.FLINK, "f", null);
        List<String> full = MicrobenchProfile.FULL.jmhArguments(MicrobenchJar.FLINK, "f", null);

        assertThat(forks(quick)).as("issue 11: at least 3 forks per benchmark").isGreaterThanOrEqualTo(3);
        assertThat(forks(full)).isGreaterThan(forks(quick));
        assertThat(quick).containsSequence("-p", "record=word-event");
        assertThat(full).doesNotContain("-p");
    }

    @Test
    void anIncludeReplacesTheProfileSelection() {
        assertThat(MicrobenchProfile.QUICK.jmhArguments(MicrobenchJar.FLINK, "f", "ObjectReuse.emitNew"))
                .startsWith("ObjectReuse.emitNew", "-f")
                .noneMatch(a -> a.startsWith("BinarySort"))
                .as("the profile's parameter values belong to its own selection")
                .doesNotContain("-p");
    }

    @Test
    void quickRunsTheFairJavaStreamBesideThePerRecordOne() {
        assertThat(String.join(" ", MicrobenchProfile.QUICK.jmhArguments(MicrobenchJar.SPARK, "f", null)))
                .contains("roundtripStream")
                .doesNotContain("serializer=");
    }

    @Test
    void unknownProfileNamesTheChoices() {
        assertThatThrownBy(() -> MicrobenchProfile.byId("medium"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("medium")
                .hasMessageContaining("quick or full");
    }

    private static int forks(List<String> args) {
        return Integer.parseInt(args.get(args.indexOf("-f") + 1));
    }
}
