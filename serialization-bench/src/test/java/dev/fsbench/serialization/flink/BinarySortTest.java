package dev.fsbench.serialization.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.util.MutableObjectIterator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three sorts must produce the same order, or their timings compare different work. */
class BinarySortTest {

    @ParameterizedTest(name = "key {0}")
    @ValueSource(strings = {BinarySort.INT_KEY, BinarySort.STRING_KEY})
    void allThreeSortsAgree(String key) throws Exception {
        BinarySort.Data data = new BinarySort.Data();
        data.records = 5_000;
        data.key = key;
        data.setUp();
        BinarySort bench = new BinarySort();

        BinarySort.ObjectInput objects = new BinarySort.ObjectInput();
        objects.refill(data);
        bench.sortObjects(data, objects);
        List<Object> expectedKeys = keys(objects.list, key);
        assertThat(expectedKeys).isSorted().hasSize(data.records);

        BinarySort.BinaryInput binary = new BinarySort.BinaryInput();
        binary.allocate(data);
        binary.refill(data);
        bench.sortBinary(binary);
        List<Tuple2<Integer, String>> binarySorted = new ArrayList<>();
        MutableObjectIterator<Tuple2<Integer, String>> iterator = binary.sorter.getIterator();
        for (Tuple2<Integer, String> t = iterator.next(); t != null; t = iterator.next()) {
            binarySorted.add(t);
        }
        binary.release();
        assertThat(keys(binarySorted, key)).isEqualTo(expectedKeys);

        BinarySort.SerializedInput serialized = new BinarySort.SerializedInput();
        serialized.serialize(data);
        serialized.refill();
        bench.sortDeser(serialized);
        List<Tuple2<Integer, String>> deserSorted = new ArrayList<>();
        for (byte[] bytes : serialized.working) {
            deserSorted.add(data.serializer.deserialize(new DataInputDeserializer(bytes)));
        }
        assertThat(keys(deserSorted, key)).isEqualTo(expectedKeys);
    }

    private static List<Object> keys(List<Tuple2<Integer, String>> tuples, String key) {
        return tuples.stream()
                .map(t -> BinarySort.INT_KEY.equals(key) ? (Object) t.f0 : t.f1)
                .toList();
    }
}
