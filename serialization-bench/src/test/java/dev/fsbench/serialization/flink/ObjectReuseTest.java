package dev.fsbench.serialization.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.serialization.model.RecordKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both read paths must decode the same records, or readNew and readReuse time different work. */
class ObjectReuseTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"flink-pojo,word-event", "flink-pojo,rich-event", "flink-tuple,word-event", "flink-tuple,rich-event"})
    void readingIntoAReusedInstanceDecodesEveryRecord(String serializer, String record) throws Exception {
        ObjectReuse.SerializedRecords records = new ObjectReuse.SerializedRecords();
        records.serializer = serializer;
        records.record = record;
        records.setUp();
        RecordKind kind = RecordKind.byId(record);
        Object expected =
                FlinkCodecs.FLINK_TUPLE.equals(serializer) ? FlinkTuples.toTuple(kind.sample()) : kind.sample();
        Object firstReuse = records.reuse;

        records.input.setBuffer(records.bytes, 0, records.length);
        for (int i = 0; i < ObjectReuse.RECORDS; i++) {
            records.reuse = records.typeSerializer.deserialize(records.reuse, records.input);
            assertThat(records.reuse).isEqualTo(expected);
        }

        assertThat(records.input.available()).as("every byte consumed").isZero();
        assertThat(records.reuse)
                .as("the reuse instance is filled, not replaced")
                .isSameAs(firstReuse);
    }
}
