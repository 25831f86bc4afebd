package dev.fsbench.serialization.flink;

import dev.fsbench.serialization.bench.CodecState;
import dev.fsbench.serialization.model.RecordKind;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Serialize, deserialize and round trip of one record, per (serializer, record), without Spark on the classpath.
 *
 * <p>Expected: Java native is the slowest and largest by an order of magnitude (stream header and class
 * descriptors in every record); Kryo registered beats unregistered (no class names) and references-on costs a
 * little time but no bytes here (no shared objects); Flink's PojoSerializer beats its Kryo fallback several times
 * and TupleSerializer beats PojoSerializer (no null mask, no subclass tag); the hand-written serializer is the
 * floor. {@code baseline} is the cost of returning a prepared object.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class FlinkSerialization {

    @State(Scope.Thread)
    public static class Input extends CodecState {
        @Param({
            FlinkCodecs.JAVA, FlinkCodecs.KRYO_REGISTERED, FlinkCodecs.KRYO_UNREGISTERED,
            FlinkCodecs.KRYO_REGISTERED_REFS, FlinkCodecs.FLINK_POJO, FlinkCodecs.FLINK_TUPLE,
            FlinkCodecs.FLINK_KRYO_UNREGISTERED, FlinkCodecs.FLINK_KRYO_REGISTERED, FlinkCodecs.HAND_WRITTEN
        })
        public String serializer;

        @Param({WORD_EVENT, WINDOW_RESULT, RICH_EVENT})
        public String record;

        @Setup
        public void setUp() throws Exception {
            bind(new FlinkCodecs().create(serializer, RecordKind.byId(record)));
        }
    }

    private final Object prepared = RecordKind.WORD_EVENT.sample();

    @Benchmark
    public Object baseline() {
        return prepared;
    }

    @Benchmark
    public int ser(Input input) throws Exception {
        return input.ser();
    }

    @Benchmark
    public Object deser(Input input) throws Exception {
        return input.deser();
    }

    @Benchmark
    public Object roundtrip(Input input) throws Exception {
        return input.roundtrip();
    }
}
