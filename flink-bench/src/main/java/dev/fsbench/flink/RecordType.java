package dev.fsbench.flink;

import java.util.Locale;

/**
 * How a word event travels between operators, i.e. which Flink serializer copies and ships it: the same
 * event as a POJO ({@code PojoSerializer}), a {@code Tuple2} ({@code TupleSerializer}), or the POJO class
 * forced through Flink's generic type path ({@code KryoSerializer}), the slow path the tuning advice warns about.
 */
public enum RecordType {
    POJO,
    TUPLE,
    KRYO;

    public static RecordType parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(dev.fsbench.api.knobs.FlinkSettings.RECORD_TYPE.key()
                    + " must be pojo, tuple or kryo, got '" + text + "'");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
