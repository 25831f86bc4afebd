package dev.fsbench.serialization.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The three record types every serializer is measured on, by the id used in JMH's {@code record} parameter and
 * in reports. Samples are fixed so serialized sizes are deterministic and comparable across runs.
 */
public enum RecordKind {
    WORD_EVENT("word-event", WordEvent.class),
    WINDOW_RESULT("window-result", WindowResult.class),
    RICH_EVENT("rich-event", RichEvent.class);

    private final String id;
    private final Class<?> pojoClass;

    RecordKind(String id, Class<?> pojoClass) {
        this.id = id;
        this.pojoClass = pojoClass;
    }

    public String id() {
        return id;
    }

    public Class<?> pojoClass() {
        return pojoClass;
    }

    public static RecordKind byId(String id) {
        for (RecordKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown record kind '" + id + "', expected one of "
                + Arrays.stream(values()).map(RecordKind::id).toList());
    }

    /** A fresh, representative instance (new object each call, so tests can compare against an untouched one). */
    public Object sample() {
        return switch (this) {
            case WORD_EVENT -> new WordEvent("serialization", 1_732_406_400_123L);
            case WINDOW_RESULT -> new WindowResult(1_732_406_400_000L, 1_732_406_410_000L, "serialization", 1_337L);
            case RICH_EVENT -> richSample();
        };
    }

    private static RichEvent richSample() {
        RichEvent event = new RichEvent();
        event.eventId = 9_876_543_210L;
        event.timestampMs = 1_732_406_400_123L;
        event.userId = 4_211_337;
        event.amount = 129.95;
        event.currency = "EUR";
        event.type = EventType.PURCHASE;
        event.tags = new ArrayList<>(List.of("mobile", "campaign-black-friday", "returning-customer"));
        event.shippingAddress = new Address("Alexanderplatz 1", "Berlin", "DE", 10178);
        event.priority = true;
        event.sessionId = "3f2b8c1e-6d4a-4f0b-9a7e-2c5d8e1f4a6b";
        return event;
    }

    /** Every class a registering serializer (Kryo, Spark's KryoSerializer) needs to know for all three kinds. */
    public static List<Class<?>> classesToRegister() {
        return List.of(
                WordEvent.class, WindowResult.class, RichEvent.class, Address.class, EventType.class, ArrayList.class);
    }
}
