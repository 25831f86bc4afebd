package dev.fsbench.flink;

/**
 * A word event shaped the way Flink's POJO rules want it (public no-arg constructor, public fields), so
 * Flink serializes it field by field with its PojoSerializer unless it is forced to Kryo.
 */
public class WordEventPojo {

    public String word;
    public long eventTimeMs;

    public WordEventPojo() {}

    public WordEventPojo(String word, long eventTimeMs) {
        this.word = word;
        this.eventTimeMs = eventTimeMs;
    }

    @Override
    public String toString() {
        return eventTimeMs + "," + word;
    }
}
