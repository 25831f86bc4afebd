package dev.fsbench.serialization.spark;

import dev.fsbench.serialization.model.RecordKind;
import java.nio.ByteBuffer;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.DeserializationStream;
import org.apache.spark.serializer.JavaSerializer;
import org.apache.spark.serializer.SerializationStream;
import org.apache.spark.serializer.SerializerInstance;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Records through one long-lived Spark serialization stream and its deserialization stream, as Spark writes and
 * reads shuffle blocks and cached partitions: a Java stream writes its header and each class descriptor once, then
 * resets every {@code spark.serializer.objectStreamReset} records (Spark's {@code JavaSerializationStream} does the
 * reset). Each record is a distinct deep copy of the sample (own strings), at least one reset period of them, so a
 * Java stream cannot replace a repeated record by a back-reference, which real data would not allow either.
 */
final class SparkRecordStream {

    private static final ClassTag<Object> ANY_REF = ClassTag$.MODULE$.AnyRef();

    private final InMemoryPipe pipe = new InMemoryPipe();
    private final SerializationStream out;
    private final DeserializationStream in;
    private final Object[] records;
    private int next;

    SparkRecordStream(SerializerInstance instance, RecordKind kind, int distinctRecords) {
        this.records = distinctCopies(kind, distinctRecords);
        this.out = instance.serializeStream(pipe.output());
        out.flush(); // a Java stream's header: the reader's constructor reads it
        this.in = instance.deserializeStream(pipe.input());
    }

    /** The sample every record is a copy of (what a round trip must give back). */
    Object sample() {
        return records[0];
    }

    /** Writes the next record, flushes it, and reads it back from the other end of the stream. */
    Object roundTrip() {
        out.writeObject(records[next], ANY_REF);
        next = (next + 1) % records.length;
        out.flush();
        return in.readObject(ANY_REF);
    }

    /**
     * Serialized bytes per record on a fresh stream over {@code count} records (header and reset markers
     * included), rounded to whole bytes.
     */
    static int bytesPerRecord(SerializerInstance instance, RecordKind kind, int count) {
        InMemoryPipe pipe = new InMemoryPipe();
        SerializationStream out = instance.serializeStream(pipe.output());
        for (Object record : distinctCopies(kind, count)) {
            out.writeObject(record, ANY_REF);
        }
        out.flush();
        return Math.round((float) pipe.unread() / count);
    }

    /** Deep copies (new strings and nested objects), made through a per-record Java serializer. */
    private static Object[] distinctCopies(RecordKind kind, int count) {
        SerializerInstance copier = new JavaSerializer(new SparkConf(false)).newInstance();
        ByteBuffer serialized = copier.serialize(kind.sample(), ANY_REF);
        Object[] copies = new Object[count];
        for (int i = 0; i < count; i++) {
            copies[i] = copier.deserialize(serialized.duplicate(), ANY_REF);
        }
        return copies;
    }
}
