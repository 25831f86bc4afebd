package dev.fsbench.serialization.flink;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import dev.fsbench.serialization.codec.Codec;
import dev.fsbench.serialization.model.RecordKind;

/**
 * Standalone Kryo 5 the way engines drive it: {@code writeClassAndObject}, so an unregistered class costs its
 * full name in every record while a registered one costs a small varint id.
 */
final class KryoCodec implements Codec<Object> {

    private final Kryo kryo;
    private final Output output = new Output(256, -1);
    private final Input input = new Input();

    private KryoCodec(Kryo kryo) {
        this.kryo = kryo;
    }

    static KryoCodec registered(boolean references) {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(true);
        kryo.setReferences(references);
        RecordKind.classesToRegister().forEach(kryo::register);
        return new KryoCodec(kryo);
    }

    static KryoCodec unregistered() {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(false);
        kryo.setReferences(false);
        return new KryoCodec(kryo);
    }

    @Override
    public int serialize(Object value) {
        output.reset();
        kryo.writeClassAndObject(output, value);
        return output.position();
    }

    @Override
    public byte[] buffer() {
        return output.getBuffer();
    }

    @Override
    public Object deserialize(byte[] bytes, int length) {
        input.setBuffer(bytes, 0, length);
        return kryo.readClassAndObject(input);
    }
}
