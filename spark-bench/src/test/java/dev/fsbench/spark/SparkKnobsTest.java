package dev.fsbench.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.api.WindowSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkKnobsTest {

    private static SparkKnobs knobs(Map<String, String> properties) {
        return new SparkKnobs(TestJobs.workload(WindowSpec.tumbling(1000), 0, properties));
    }

    @Test
    void defaultsFollowTheWorkloadParallelism() {
        SparkKnobs knobs = knobs(Map.of());
        assertThat(knobs.master()).isEqualTo("local[2]");
        assertThat(knobs.shufflePartitions()).isEqualTo(2);
        assertThat(knobs.triggerIntervalMs()).isZero();
        assertThat(knobs.stateStoreProviderClass()).isEqualTo(SparkKnobs.HDFS_STATE_STORE_PROVIDER);
        assertThat(knobs.serializerClass()).isEqualTo(SparkKnobs.JAVA_SERIALIZER);
    }

    @Test
    void shorthandsMapToSparkClassesAndOtherSparkKeysPassThrough() {
        SparkKnobs knobs = knobs(Map.of(
                "spark.stateStore",
                "RocksDB",
                "spark.serializer",
                "kryo",
                "spark.executor.memory",
                "2g",
                "spark.triggerIntervalMs",
                "250",
                "flink.objectReuse",
                "true"));
        assertThat(knobs.stateStoreProviderClass()).isEqualTo(SparkKnobs.ROCKSDB_STATE_STORE_PROVIDER);
        assertThat(knobs.usesKryo()).isTrue();
        assertThat(knobs.triggerIntervalMs()).isEqualTo(250);
        assertThat(knobs.passThroughSparkConf()).containsExactly(Map.entry("spark.executor.memory", "2g"));
    }

    @Test
    void badValuesAreRejectedWithTheKeyNamed() {
        assertThatThrownBy(() -> knobs(Map.of("spark.stateStore", "memory")))
                .hasMessageContaining("bad value for spark.stateStore: 'memory' (allowed: hdfs, rocksdb)");
        assertThatThrownBy(() -> knobs(Map.of("spark.master", "yarn")))
                .hasMessageContaining(
                        "bad value for spark.master: 'yarn' (allowed: local, local[N], local[*] or spark://host:port)");
        assertThatThrownBy(() -> knobs(Map.of("spark.batchIntervalMs", "0")))
                .hasMessageContaining("bad value for spark.batchIntervalMs: '0' (allowed: an integer >= 1)");
        assertThatThrownBy(() -> knobs(Map.of("spark.serializer", "protobuf")))
                .hasMessageContaining(
                        "bad value for spark.serializer: 'protobuf' (allowed: java, kryo or a class name)");
    }

    @Test
    void dstreamWindowsMustBeWholeBatches() {
        assertThatThrownBy(() -> DStreamWordCount.requireWholeBatches(new WindowSpec(1500, 500), 1000))
                .hasMessageContaining("multiples of the batch interval");
        DStreamWordCount.requireWholeBatches(new WindowSpec(2000, 1000), 500);
    }

    @Test
    void alignedStartMakesAMultipleOfTheSlideTheZeroTime() {
        long batch = 500;
        long slide = 2000;
        for (long now = TestJobs.BASE_MS; now < TestJobs.BASE_MS + 3 * slide; now += 137) {
            long startAt = now + EpochAlignedStart.delayUntilAlignedStart(now, batch, slide);
            assertThat(startAt).isBetween(now, now + slide);
            // RecurringTimer.getStartTime, reached up to almost a batch later than start() is called
            for (long reachedTimer = startAt; reachedTimer < startAt + batch - 5; reachedTimer += 50) {
                long firstBatchTime = (Math.floorDiv(reachedTimer, batch) + 1) * batch;
                long zeroTime = firstBatchTime - batch;
                assertThat(Math.floorMod(zeroTime, slide))
                        .as("zero time for now=%d", now)
                        .isZero();
            }
        }
    }
}
