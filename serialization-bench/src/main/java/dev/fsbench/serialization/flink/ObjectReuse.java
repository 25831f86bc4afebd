package dev.fsbench.serialization.flink;

import dev.fsbench.serialization.bench.CodecState;
import dev.fsbench.serialization.model.RecordKind;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.types.LongValue;
import org.apache.flink.util.Collector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Object reuse, per record (each invocation handles {@value #RECORDS} records).
 *
 * <p>Write path, three versions of a window function emitting (word, count): {@code emitNew} allocates
 * a Tuple2 and a boxed Long per record; {@code emitReuseBoxed} reuses the Tuple2 but autoboxing still allocates
 * the Long (counts above 127 miss the Long cache); {@code emitReuseValue} reuses a Tuple2 holding a mutable
 * LongValue and should allocate nothing. Expected: allocation falls from about 40 B to about 16 B to about 0 B
 * per record; time differences are small because young-generation allocation is cheap.
 *
 * <p>Read path: Flink's {@code deserialize(source)} against {@code deserialize(reuse, source)}. Expected: reuse
 * saves the record object only (Strings and boxed fields are still new), so a modest allocation cut.
 * {@code baseline} feeds the same records to the collector without building anything.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ObjectReuse {

    static final int RECORDS = 1_000;

    /** A Collector as the window function sees it; the Blackhole makes every emitted object escape. */
    private static final class BlackholeCollector<T> implements Collector<T> {
        private final Blackhole blackhole;

        BlackholeCollector(Blackhole blackhole) {
            this.blackhole = blackhole;
        }

        @Override
        public void collect(T record) {
            blackhole.consume(record);
        }

        @Override
        public void close() {}
    }

    private final String[] words = new String[RECORDS];
    private final long[] counts = new long[RECORDS];
    private final Tuple2<String, Long> reusedBoxed = new Tuple2<>();
    private final LongValue reusedCount = new LongValue();
    private final Tuple2<String, LongValue> reusedValue = new Tuple2<>(null, reusedCount);

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < RECORDS; i++) {
            words[i] = "word-" + random.nextInt(100_000);
            counts[i] = 128 + random.nextInt(1_000_000);
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void baseline(Blackhole blackhole) {
        Collector<String> out = new BlackholeCollector<>(blackhole);
        for (int i = 0; i < RECORDS; i++) {
            out.collect(words[i]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void emitNew(Blackhole blackhole) {
        Collector<Tuple2<String, Long>> out = new BlackholeCollector<>(blackhole);
        for (int i = 0; i < RECORDS; i++) {
            out.collect(new Tuple2<>(words[i], counts[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void emitReuseBoxed(Blackhole blackhole) {
        Collector<Tuple2<String, Long>> out = new BlackholeCollector<>(blackhole);
        for (int i = 0; i < RECORDS; i++) {
            reusedBoxed.f0 = words[i];
            reusedBoxed.f1 = counts[i];
            out.collect(reusedBoxed);
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void emitReuseValue(Blackhole blackhole) {
        Collector<Tuple2<String, LongValue>> out = new BlackholeCollector<>(blackhole);
        for (int i = 0; i < RECORDS; i++) {
            reusedValue.f0 = words[i];
            reusedCount.setValue(counts[i]);
            out.collect(reusedValue);
        }
    }

    /** {@value #RECORDS} serialized records of one kind, read back through one Flink serializer. */
    @State(Scope.Thread)
    public static class SerializedRecords {
        @Param({FlinkCodecs.FLINK_POJO, FlinkCodecs.FLINK_TUPLE})
        public String serializer;

        @Param({CodecState.WORD_EVENT, CodecState.RICH_EVENT})
        public String record;

        TypeSerializer<Object> typeSerializer;
        final DataInputDeserializer input = new DataInputDeserializer();
        byte[] bytes;
        int length;
        Object reuse;

        @Setup
        @SuppressWarnings("unchecked")
        public void setUp() throws Exception {
            RecordKind kind = RecordKind.byId(record);
            Object value = kind.sample();
            if (FlinkCodecs.FLINK_TUPLE.equals(serializer)) {
                typeSerializer = (TypeSerializer<Object>) (TypeSerializer<?>) FlinkCodecs.tupleSerializer(kind);
                value = FlinkTuples.toTuple(value);
            } else {
                typeSerializer = FlinkCodecs.pojoSerializer(kind);
            }
            DataOutputSerializer output = new DataOutputSerializer(RECORDS * 128);
            for (int i = 0; i < RECORDS; i++) {
                typeSerializer.serialize(value, output);
            }
            bytes = output.getCopyOfBuffer();
            length = bytes.length;
            reuse = typeSerializer.createInstance();
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void readNew(SerializedRecords records, Blackhole blackhole) throws Exception {
        records.input.setBuffer(records.bytes, 0, records.length);
        for (int i = 0; i < RECORDS; i++) {
            blackhole.consume(records.typeSerializer.deserialize(records.input));
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void readReuse(SerializedRecords records, Blackhole blackhole) throws Exception {
        records.input.setBuffer(records.bytes, 0, records.length);
        Object reuse = records.reuse;
        for (int i = 0; i < RECORDS; i++) {
            reuse = records.typeSerializer.deserialize(reuse, records.input);
            blackhole.consume(reuse);
        }
        records.reuse = reuse;
    }
}
