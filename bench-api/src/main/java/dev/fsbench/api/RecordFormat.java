package dev.fsbench.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The Kafka record formats every engine shares. Plain UTF-8 text so each engine can parse it with its own
 * idioms (Spark SQL's {@code split}, a Flink {@code DeserializationSchema}) and a person can read a topic
 * with {@code kafka-console-consumer}.
 *
 * <pre>
 * input  topic: key = word            value = "&lt;eventTimeMs&gt;,&lt;word&gt;" or "&lt;eventTimeMs&gt;,&lt;word&gt;,&lt;padding&gt;"
 * output topic: key = word            value = "&lt;windowStartMs&gt;,&lt;windowEndMs&gt;,&lt;word&gt;,&lt;count&gt;"
 * </pre>
 *
 * Words match {@code [a-z0-9]+}, so a comma never appears inside a field. An input event with a workload's
 * {@code payloadBytes} &gt; 0 is exactly that many bytes longer: a comma and {@code payloadBytes - 1} filler bytes
 * ({@link #PADDING_BYTE}). Readers take the word up to the second comma and never look at the padding. The output
 * topic's record timestamp is the broker's LogAppendTime, which the collector uses as the emit time of each window.
 */
public final class RecordFormat {

    public static final char SEPARATOR = ',';

    /** What an input event's padding is made of, after its separator: readable in a console consumer. */
    public static final byte PADDING_BYTE = '.';

    private RecordFormat() {}

    public static String eventText(long eventTimeMs, String word) {
        return eventTimeMs + "," + word;
    }

    public static byte[] encodeEvent(long eventTimeMs, String word) {
        return eventText(eventTimeMs, word).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The event's value with {@code payloadBytes} of padding: one array per event, its padding filled in place
     * (no padding array is built per event). {@code payloadBytes} 0 gives {@link #encodeEvent(long, String)}.
     */
    public static byte[] encodeEvent(long eventTimeMs, String word, int payloadBytes) {
        byte[] text = encodeEvent(eventTimeMs, word);
        if (payloadBytes <= 0) {
            return text;
        }
        byte[] value = Arrays.copyOf(text, text.length + payloadBytes);
        writePadding(value, text.length);
        return value;
    }

    /**
     * Writes an event's padding into {@code value} from {@code textLength} (the end of {@code <eventTimeMs>,<word>})
     * to its end: for encoders that size the value array themselves and fill it in place.
     */
    public static void writePadding(byte[] value, int textLength) {
        if (textLength < value.length) {
            value[textLength] = SEPARATOR;
            Arrays.fill(value, textLength + 1, value.length, PADDING_BYTE);
        }
    }

    /** Decodes only the event time and the word: any padding is skipped, never turned into a string. */
    public static WordEvent decodeEvent(byte[] value) {
        int end = 0;
        int commas = 0;
        while (end < value.length && (value[end] != SEPARATOR || ++commas < 2)) {
            end++;
        }
        return parseEvent(new String(value, 0, end, StandardCharsets.UTF_8));
    }

    /** Parses {@code <eventTimeMs>,<word>}, ignoring a {@code ,<padding>} after the word. */
    public static WordEvent parseEvent(String text) {
        int comma = text.indexOf(SEPARATOR);
        int wordEnd = comma < 0 ? -1 : text.indexOf(SEPARATOR, comma + 1);
        if (wordEnd < 0) {
            wordEnd = text.length();
        }
        if (comma <= 0 || wordEnd == comma + 1) {
            throw new IllegalArgumentException("malformed input event '" + abbreviate(text)
                    + "' (expected <eventTimeMs>,<word> or <eventTimeMs>,<word>,<padding>)");
        }
        try {
            return new WordEvent(Long.parseLong(text, 0, comma, 10), text.substring(comma + 1, wordEnd));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed event time in input event '" + abbreviate(text) + "'");
        }
    }

    /** A padded event can be a megabyte long: an error message shows its start. */
    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "... (" + text.length() + " chars)";
    }

    public static String windowResultText(long windowStartMs, long windowEndMs, String word, long count) {
        return windowStartMs + "," + windowEndMs + "," + word + "," + count;
    }

    public static byte[] encodeWindowResult(long windowStartMs, long windowEndMs, String word, long count) {
        return windowResultText(windowStartMs, windowEndMs, word, count).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] encodeWindowResult(WindowResult result) {
        return encodeWindowResult(result.windowStartMs(), result.windowEndMs(), result.word(), result.count());
    }

    public static WindowResult decodeWindowResult(byte[] value) {
        return parseWindowResult(new String(value, StandardCharsets.UTF_8));
    }

    public static WindowResult parseWindowResult(String text) {
        int first = text.indexOf(SEPARATOR);
        int second = first < 0 ? -1 : text.indexOf(SEPARATOR, first + 1);
        int last = text.lastIndexOf(SEPARATOR);
        if (first <= 0 || second <= first + 1 || last <= second + 1 || last == text.length() - 1) {
            throw new IllegalArgumentException(
                    "malformed window result '" + text + "' (expected <windowStartMs>,<windowEndMs>,<word>,<count>)");
        }
        try {
            return new WindowResult(
                    Long.parseLong(text, 0, first, 10),
                    Long.parseLong(text, first + 1, second, 10),
                    text.substring(second + 1, last),
                    Long.parseLong(text, last + 1, text.length(), 10));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed number in window result '" + text + "'");
        }
    }

    public static byte[] encodeKey(String word) {
        return word.getBytes(StandardCharsets.UTF_8);
    }
}
