package dev.fsbench.serialization.flink;

import dev.fsbench.serialization.codec.Codec;
import dev.fsbench.serialization.model.Address;
import dev.fsbench.serialization.model.EventType;
import dev.fsbench.serialization.model.RecordKind;
import dev.fsbench.serialization.model.RichEvent;
import dev.fsbench.serialization.model.WindowResult;
import dev.fsbench.serialization.model.WordEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The practical floor: fields written one by one to a DataOutputView, no type tags, no null flags, no class
 * metadata. Only valid because the type is known on both sides and no field is null, which is exactly what a
 * general-purpose serializer cannot assume.
 */
final class HandWrittenCodec implements Codec<Object> {

    private final RecordKind kind;
    private final DataOutputSerializer output = new DataOutputSerializer(256);
    private final DataInputDeserializer input = new DataInputDeserializer();

    HandWrittenCodec(RecordKind kind) {
        this.kind = kind;
    }

    @Override
    public int serialize(Object value) throws IOException {
        output.clear();
        switch (kind) {
            case WORD_EVENT -> write((WordEvent) value, output);
            case WINDOW_RESULT -> write((WindowResult) value, output);
            case RICH_EVENT -> write((RichEvent) value, output);
        }
        return output.length();
    }

    @Override
    public byte[] buffer() {
        return output.getSharedBuffer();
    }

    @Override
    public Object deserialize(byte[] bytes, int length) throws IOException {
        input.setBuffer(bytes, 0, length);
        return switch (kind) {
            case WORD_EVENT -> readWordEvent(input);
            case WINDOW_RESULT -> readWindowResult(input);
            case RICH_EVENT -> readRichEvent(input);
        };
    }

    private static void write(WordEvent e, DataOutputView out) throws IOException {
        out.writeUTF(e.word);
        out.writeLong(e.eventTimeMs);
    }

    private static WordEvent readWordEvent(DataInputView in) throws IOException {
        return new WordEvent(in.readUTF(), in.readLong());
    }

    private static void write(WindowResult r, DataOutputView out) throws IOException {
        out.writeLong(r.windowStartMs);
        out.writeLong(r.windowEndMs);
        out.writeUTF(r.word);
        out.writeLong(r.count);
    }

    private static WindowResult readWindowResult(DataInputView in) throws IOException {
        return new WindowResult(in.readLong(), in.readLong(), in.readUTF(), in.readLong());
    }

    private static void write(RichEvent e, DataOutputView out) throws IOException {
        out.writeLong(e.eventId);
        out.writeLong(e.timestampMs);
        out.writeInt(e.userId);
        out.writeDouble(e.amount);
        out.writeUTF(e.currency);
        out.writeByte(e.type.ordinal());
        out.writeInt(e.tags.size());
        for (String tag : e.tags) {
            out.writeUTF(tag);
        }
        Address a = e.shippingAddress;
        out.writeUTF(a.street);
        out.writeUTF(a.city);
        out.writeUTF(a.countryCode);
        out.writeInt(a.postalCode);
        out.writeBoolean(e.priority);
        out.writeUTF(e.sessionId);
    }

    private static RichEvent readRichEvent(DataInputView in) throws IOException {
        RichEvent e = new RichEvent();
        e.eventId = in.readLong();
        e.timestampMs = in.readLong();
        e.userId = in.readInt();
        e.amount = in.readDouble();
        e.currency = in.readUTF();
        e.type = EventType.values()[in.readByte()];
        int tagCount = in.readInt();
        List<String> tags = new ArrayList<>(tagCount);
        for (int i = 0; i < tagCount; i++) {
            tags.add(in.readUTF());
        }
        e.tags = tags;
        e.shippingAddress = new Address(in.readUTF(), in.readUTF(), in.readUTF(), in.readInt());
        e.priority = in.readBoolean();
        e.sessionId = in.readUTF();
        return e;
    }
}
