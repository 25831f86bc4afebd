package dev.fsbench.api;

import java.nio.charset.StandardCharsets;

/**
 * The Kafka record formats every engine shares. Plain UTF-8 text so each engine can parse it with its own
 * idioms (Spark SQL's {@code split}, a Flink {@code DeserializationSchema}) and a person can read a topic
 * with {@code kafka-console-consumer}.
 *
 * <pre>
 * input  topic: key = word            value = "&lt;eventTimeMs&gt;,&lt;word&gt;"
 * output topic: key = word            value = "&lt;windowStartMs&gt;,&lt;windowEndMs&gt;,&lt;word&gt;,&lt;count&gt;"
 * </pre>
 *
 * Words match {@code [a-z0-9]+}, so a comma never appears inside a field. The output topic's record timestamp
 * is the broker's LogAppendTime, which the collector uses as the emit time of each window.
 */
public final class RecordFormat {

    public static final char SEPARATOR = ',';

    private RecordFormat() {}

    public static String eventText(long eventTimeMs, String word) {
        return eventTimeMs + "," + word;
    }

    public static byte[] encodeEvent(long eventTimeMs, String word) {
        return eventText(eventTimeMs, word).getBytes(StandardCharsets.UTF_8);
    }

    public static WordEvent decodeEvent(byte[] value) {
        return parseEvent(new String(value, StandardCharsets.UTF_8));
    }

    public static WordEvent parseEvent(String text) {
        int comma = text.indexOf(SEPARATOR);
        if (comma <= 0 || comma == text.length() - 1) {
            throw new IllegalArgumentException("malformed input event '" + text + "' (expected <eventTimeMs>,<word>)");
        }
        try {
            return new WordEvent(Long.parseLong(text, 0, comma, 10), text.substring(comma + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed event time in input event '" + text + "'");
        }
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
