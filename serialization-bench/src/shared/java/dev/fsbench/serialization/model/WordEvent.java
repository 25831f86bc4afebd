package dev.fsbench.serialization.model;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/** The workload's input record: one word seen at an event time (see bench-api's RecordFormat). */
public class WordEvent implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public String word;
    public long eventTimeMs;

    public WordEvent() {}

    public WordEvent(String word, long eventTimeMs) {
        this.word = word;
        this.eventTimeMs = eventTimeMs;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WordEvent other && eventTimeMs == other.eventTimeMs && Objects.equals(word, other.word);
    }

    @Override
    public int hashCode() {
        return Objects.hash(word, eventTimeMs);
    }

    @Override
    public String toString() {
        return "WordEvent{" + word + "@" + eventTimeMs + "}";
    }
}
