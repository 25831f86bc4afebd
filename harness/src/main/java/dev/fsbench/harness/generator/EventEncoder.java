package dev.fsbench.harness.generator;

import dev.fsbench.api.RecordFormat;

/**
 * Encodes input events exactly as {@link RecordFormat#encodeEvent} does, without building strings per event: the
 * words' bytes are made once, the event time's digits are written straight into the record's array, and the
 * workload's padding ({@code payloadBytes}) is filled in place, in the same array. This is the generator's one place
 * that writes an event's bytes.
 */
final class EventEncoder {

    private final byte[][] words;
    private final int payloadBytes;

    EventEncoder(int vocabularySize) {
        this(vocabularySize, 0);
    }

    EventEncoder(int vocabularySize, int payloadBytes) {
        this.payloadBytes = payloadBytes;
        words = new byte[vocabularySize][];
        for (int i = 0; i < vocabularySize; i++) {
            words[i] = RecordFormat.encodeKey(KeyChooser.word(i));
        }
    }

    /** The record key: the word (shared, never modified). */
    byte[] key(int wordIndex) {
        return words[wordIndex];
    }

    /**
     * The record value {@code <eventTimeMs>,<word>}, then the padding if any; a fresh array, as the producer may hold
     * on to it.
     */
    byte[] value(long eventTimeMs, int wordIndex) {
        if (eventTimeMs < 0) {
            return RecordFormat.encodeEvent(eventTimeMs, KeyChooser.word(wordIndex), payloadBytes);
        }
        byte[] word = words[wordIndex];
        int digits = digits(eventTimeMs);
        byte[] value = new byte[digits + 1 + word.length + payloadBytes];
        long rest = eventTimeMs;
        for (int at = digits - 1; at >= 0; at--) {
            value[at] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        value[digits] = RecordFormat.SEPARATOR;
        System.arraycopy(word, 0, value, digits + 1, word.length);
        RecordFormat.writePadding(value, digits + 1 + word.length);
        return value;
    }

    private static int digits(long value) {
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        return digits;
    }
}
