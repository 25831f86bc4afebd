package dev.fsbench.serialization.spark;

import dev.fsbench.serialization.bench.CodecState;
import dev.fsbench.serialization.model.RecordKind;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Serialize, deserialize and round trip of one record through Spark's JavaSerializer and KryoSerializer; same
 * records and same methods as FlinkSerialization, so the two tables line up.
 *
 * <p>Expected (Spark tuning guide): Kryo "often as much as 10x" more compact and faster than Java serialization;
 * registration saves the class names an unregistered Kryo writes into every record.
 * {@code baseline} is the cost of returning a prepared object.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(
        jvmArgsAppend = {
            "-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false"
        })
public class SparkSerialization {

    @State(Scope.Thread)
    public static class Input extends CodecState {
        @Param({SparkCodecs.SPARK_JAVA, SparkCodecs.SPARK_KRYO_REGISTERED, SparkCodecs.SPARK_KRYO_UNREGISTERED})
        public String serializer;

        @Param({WORD_EVENT, WINDOW_RESULT, RICH_EVENT})
        public String record;

        @Setup
        public void setUp() throws Exception {
            bind(new SparkCodecs().create(serializer, RecordKind.byId(record)));
        }
    }

    /** A reused stream (Spark's serializeStream, as shuffle and cache use it): round trips only. */
    @State(Scope.Thread)
    public static class StreamInput {
        @Param({SparkCodecs.SPARK_JAVA_STREAM, SparkCodecs.SPARK_KRYO_REGISTERED_STREAM})
        public String serializer;

        @Param({CodecState.WORD_EVENT, CodecState.WINDOW_RESULT, CodecState.RICH_EVENT})
        public String record;

        private SparkRecordStream stream;

        @Setup
        public void setUp() {
            stream = new SparkCodecs().createStream(serializer, RecordKind.byId(record));
            Object copy = stream.roundTrip();
            if (!stream.sample().equals(copy)) {
                throw new IllegalStateException(
                        serializer + " does not round-trip " + record + ": " + stream.sample() + " became " + copy);
            }
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

    /** One record written to and read back from a long-lived stream pair (a Java stream resets every 100). */
    @Benchmark
    public Object roundtripStream(StreamInput input) {
        return input.stream.roundTrip();
    }
}
