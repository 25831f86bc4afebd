package dev.fsbench.api.knobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.api.KeyDistribution;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WorkloadSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnobCatalogTest {

    static WorkloadSpec workload(WindowSpec window, Map<String, String> properties) {
        return new WorkloadSpec(
                "test", 1000, 10_000, 0, window, 100, KeyDistribution.UNIFORM, 0, 200, 2, 2, 1, properties);
    }

    @Test
    void unknownKeyIsNamedWithTheNearestKnob() {
        assertThatThrownBy(() -> KnobCatalog.check(Map.of("flink.objectReus", "true")))
                .isInstanceOf(KnobException.class)
                .hasMessageContaining("unknown setting flink.objectReus (did you mean flink.objectReuse?)");
        assertThatThrownBy(() -> KnobCatalog.check(Map.of("jvm.hep", "2g")))
                .hasMessageContaining("did you mean jvm.heap?");
        assertThatThrownBy(() -> KnobCatalog.check(Map.of("objectReuse", "true")))
                .hasMessageContaining("unknown setting objectReuse");
    }

    @Test
    void badValueNamesKeyValueAndAllowedValues() {
        assertThatThrownBy(() -> KnobCatalog.check(Map.of("jvm.heap", "lots")))
                .hasMessageContaining("bad value for jvm.heap: 'lots' (allowed: a JVM heap size such as 512m or 2g)");
        assertThatThrownBy(() -> KnobCatalog.check(Map.of("flink.stateBackend", "memory")))
                .hasMessageContaining("flink.stateBackend: 'memory' (allowed: hashmap, rocksdb)");
        assertThatThrownBy(() -> KnobCatalog.check(Map.of("flink.checkpointIntervalMs", "-1")))
                .hasMessageContaining("an integer >= 0");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> KnobCatalog.check(Map.of("jvm.heap", "lots", "flink.objectReus", "true")))
                .hasMessageContaining("jvm.heap")
                .hasMessageContaining("flink.objectReus");
    }

    @Test
    void engineKeysPassThroughButNotTheOnesAKnobSets() {
        assertThat(KnobCatalog.check(Map.of(
                        "flink.taskmanager.numberOfTaskSlots", "4", "spark.executor.memory", "2g", "jvm.gc", "zgc")))
                .extracting(KnobCatalog.EngineKey::engineKey)
                .containsExactly("taskmanager.numberOfTaskSlots", "spark.executor.memory");
        assertThatThrownBy(() -> KnobCatalog.check(Map.of("flink.pipeline.object-reuse", "true")))
                .hasMessageContaining("flink.pipeline.object-reuse is set by flink.objectReuse");
    }

    @Test
    void exactlyOnceNeedsCheckpointsForFlinkOnly() {
        WorkloadSpec spec = workload(
                WindowSpec.tumbling(1000),
                Map.of("flink.deliveryGuarantee", "exactly-once", "flink.checkpointIntervalMs", "0"));
        assertThatThrownBy(() -> KnobCatalog.plan(Engines.FLINK, spec))
                .hasMessageContaining("flink.checkpointIntervalMs > 0");
        assertThat(KnobCatalog.plan(Engines.BASELINE, spec).workload()).isEqualTo(spec);
    }

    @Test
    void dstreamBatchIntervalIsChosenWhenTheDefaultDoesNotFit() {
        KnobCatalog.PlannedSettings planned =
                KnobCatalog.plan(Engines.SPARK_DSTREAM, workload(new WindowSpec(2000, 500), Map.of()));
        assertThat(SparkSettings.BATCH_INTERVAL_MS.get(planned.workload())).isEqualTo(500);
        assertThat(planned.notes()).singleElement().asString().contains("spark.batchIntervalMs=500");

        KnobCatalog.PlannedSettings fits =
                KnobCatalog.plan(Engines.SPARK_DSTREAM, workload(new WindowSpec(2000, 1000), Map.of()));
        assertThat(fits.notes()).isEmpty();
        assertThat(fits.workload().engineProperties()).isEmpty();

        assertThat(SparkSettings.BATCH_INTERVAL_MS.get(
                        KnobCatalog.plan(Engines.SPARK_DSTREAM, workload(new WindowSpec(1500, 1500), Map.of()))
                                .workload()))
                .isEqualTo(750);
    }

    @Test
    void dstreamWindowsThatFitNoUsefulBatchAreRejected() {
        assertThatThrownBy(() -> KnobCatalog.plan(
                        Engines.SPARK_DSTREAM,
                        workload(new WindowSpec(2000, 500), Map.of("spark.batchIntervalMs", "1000"))))
                .hasMessageContaining("multiples of the batch interval")
                .hasMessageContaining("spark.batchIntervalMs=1000");
        assertThatThrownBy(() -> KnobCatalog.plan(Engines.SPARK_DSTREAM, workload(new WindowSpec(1000, 30), Map.of())))
                .hasMessageContaining("set spark.batchIntervalMs to a divisor of 10 ms");
        // the other engines do not care
        assertThat(KnobCatalog.plan(Engines.SPARK_STRUCTURED, workload(new WindowSpec(1000, 30), Map.of()))
                        .notes())
                .isEmpty();
    }

    @Test
    void everyKnobIsDescribedAndItsDefaultIsValid() {
        for (Knob<?> knob : KnobCatalog.knobs()) {
            assertThat(knob.description()).as(knob.key()).isNotBlank();
            if (knob.defaultValue() != null) {
                assertThat(knob.parse(knob.defaultText())).as(knob.key()).isEqualTo(knob.defaultValue());
            }
            assertThat(knob.readingEngines()).as(knob.key()).isNotEmpty().isSubsetOf(Engines.ALL);
        }
    }

    @Test
    void knobsForAnEngineIncludeTheSharedNamespaces() {
        assertThat(KnobCatalog.knobsFor(Engines.SPARK_DSTREAM))
                .contains(SparkSettings.BATCH_INTERVAL_MS, JvmSettings.HEAP, HarnessSettings.READY_TIMEOUT_MS)
                .doesNotContain(SparkSettings.TRIGGER_INTERVAL_MS, FlinkSettings.OBJECT_REUSE);
    }

    @Test
    void suggestionsNeedACloseMatch() {
        assertThat(KeySuggestions.nearest("spark.serializr", java.util.List.of("spark.serializer", "spark.master")))
                .contains("spark.serializer");
        assertThat(KeySuggestions.nearest("spark.somethingElse", java.util.List.of("spark.master")))
                .isEmpty();
    }
}
