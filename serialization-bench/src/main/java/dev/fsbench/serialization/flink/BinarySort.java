package dev.fsbench.serialization.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeHint;
import org.apache.flink.api.common.typeutils.TypeComparator;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.typeutils.TupleTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.MemorySegment;
import org.apache.flink.core.memory.MemorySegmentFactory;
import org.apache.flink.runtime.operators.sort.NormalizedKeySorter;
import org.apache.flink.runtime.operators.sort.QuickSort;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Sorting N {@code Tuple2<Integer, String>} records by the int key (f0) or the String key (f1), one sort per op.
 *
 * <p>{@code sortBinary}: Flink's NormalizedKeySorter over MemorySegments, records already serialized into it (as
 * they arrive from the network); QuickSort compares fixed-length normalized key prefixes and swaps 8-byte
 * pointers, deserializing only on prefix ties. {@code sortObjects}: {@code List.sort} of the same records as Java
 * objects with a Comparator. {@code sortDeser}: sorting serialized records by deserializing both sides of every
 * comparison, what sorting bytes without normalized keys costs. The unsorted input is restored before each
 * invocation, outside the timing. Expected: binary beats objects (cache-friendly, no pointer chasing, no garbage)
 * by about 2x on String keys, GC time near zero for binary; deserializing sorts are several times slower still.
 * {@code baseline} walks the object list once, the memory-traffic floor of touching every record.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class BinarySort {

    public static final String INT_KEY = "int";
    public static final String STRING_KEY = "string";
    private static final int SEGMENT_SIZE = 32 * 1024;
    /** Bytes per record in the sorter: serialized record (about 20 B) plus index entry (pointer + key prefix). */
    private static final int SORTER_BYTES_PER_RECORD = 64;

    /** The records and Flink's serializer and comparator for them, built once per trial. */
    @State(Scope.Thread)
    public static class Data {
        @Param({"100000", "1000000"})
        public int records;

        @Param({INT_KEY, STRING_KEY})
        public String key;

        List<Tuple2<Integer, String>> tuples;
        TypeSerializer<Tuple2<Integer, String>> serializer;
        TypeComparator<Tuple2<Integer, String>> binaryComparator;
        Comparator<Tuple2<Integer, String>> objectComparator;

        @Setup(Level.Trial)
        public void setUp() {
            TupleTypeInfo<Tuple2<Integer, String>> type =
                    (TupleTypeInfo<Tuple2<Integer, String>>) new TypeHint<Tuple2<Integer, String>>() {}.getTypeInfo();
            serializer = type.createSerializer(new SerializerConfigImpl());
            boolean intKey = switch (key) {
                case INT_KEY -> true;
                case STRING_KEY -> false;
                default -> throw new IllegalArgumentException("key must be int or string, was " + key);
            };
            binaryComparator =
                    type.createComparator(new int[] {intKey ? 0 : 1}, new boolean[] {true}, 0, new ExecutionConfig());
            objectComparator = intKey ? Comparator.comparingInt(t -> t.f0) : Comparator.comparing(t -> t.f1);
            tuples = randomTuples(records, 42);
        }

        static List<Tuple2<Integer, String>> randomTuples(int count, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Tuple2<Integer, String>> result = new ArrayList<>(count);
            char[] chars = new char[16];
            for (int i = 0; i < count; i++) {
                int length = 8 + random.nextInt(9);
                for (int c = 0; c < length; c++) {
                    chars[c] = (char) ('a' + random.nextInt(26));
                }
                result.add(Tuple2.of(random.nextInt(), new String(chars, 0, length)));
            }
            return result;
        }
    }

    /** A NormalizedKeySorter refilled with the unsorted records before every invocation. */
    @State(Scope.Thread)
    public static class BinaryInput {
        NormalizedKeySorter<Tuple2<Integer, String>> sorter;
        private final QuickSort quickSort = new QuickSort();

        @Setup(Level.Trial)
        public void allocate(Data data) {
            int segments = (int) ((long) data.records * SORTER_BYTES_PER_RECORD / SEGMENT_SIZE) + 16;
            List<MemorySegment> memory = new ArrayList<>(segments);
            for (int i = 0; i < segments; i++) {
                memory.add(MemorySegmentFactory.allocateUnpooledSegment(SEGMENT_SIZE));
            }
            sorter = new NormalizedKeySorter<>(data.serializer, data.binaryComparator.duplicate(), memory);
        }

        @Setup(Level.Invocation)
        public void refill(Data data) throws IOException {
            sorter.reset();
            for (Tuple2<Integer, String> tuple : data.tuples) {
                if (!sorter.write(tuple)) {
                    throw new IllegalStateException("NormalizedKeySorter memory too small for " + data.records);
                }
            }
        }

        @TearDown(Level.Trial)
        public void release() {
            sorter.dispose();
        }
    }

    /** A copy of the object list, restored to the unsorted order before every invocation. */
    @State(Scope.Thread)
    public static class ObjectInput {
        ArrayList<Tuple2<Integer, String>> list;

        @Setup(Level.Invocation)
        public void refill(Data data) {
            if (list == null) {
                list = new ArrayList<>(data.tuples);
            } else {
                list.clear();
                list.addAll(data.tuples);
            }
        }
    }

    /** Each record serialized to its own byte array, restored to the unsorted order before every invocation. */
    @State(Scope.Thread)
    public static class SerializedInput {
        byte[][] unsorted;
        byte[][] working;
        Comparator<byte[]> deserializingComparator;

        @Setup(Level.Trial)
        public void serialize(Data data) throws IOException {
            DataOutputSerializer output = new DataOutputSerializer(64);
            unsorted = new byte[data.records][];
            for (int i = 0; i < data.records; i++) {
                output.clear();
                data.serializer.serialize(data.tuples.get(i), output);
                unsorted[i] = output.getCopyOfBuffer();
            }
            working = new byte[data.records][];
            DataInputDeserializer left = new DataInputDeserializer();
            DataInputDeserializer right = new DataInputDeserializer();
            TypeSerializer<Tuple2<Integer, String>> serializer = data.serializer;
            Comparator<Tuple2<Integer, String>> byKey = data.objectComparator;
            deserializingComparator = (a, b) -> {
                try {
                    left.setBuffer(a);
                    right.setBuffer(b);
                    return byKey.compare(serializer.deserialize(left), serializer.deserialize(right));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }

        @Setup(Level.Invocation)
        public void refill() {
            System.arraycopy(unsorted, 0, working, 0, unsorted.length);
        }
    }

    @Benchmark
    public long baseline(Data data) {
        long sum = 0;
        for (Tuple2<Integer, String> tuple : data.tuples) {
            sum += tuple.f0 + tuple.f1.length();
        }
        return sum;
    }

    @Benchmark
    public Object sortBinary(BinaryInput input) {
        input.quickSort.sort(input.sorter);
        return input.sorter;
    }

    @Benchmark
    public Object sortObjects(Data data, ObjectInput input) {
        input.list.sort(data.objectComparator);
        return input.list;
    }

    @Benchmark
    public Object sortDeser(SerializedInput input) {
        Arrays.sort(input.working, input.deserializingComparator);
        return input.working;
    }
}
