package dev.fsbench.api.knobs;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How a knob's text becomes a value: its name in the knob reference, the values it accepts (listed for a choice,
 * described otherwise) and the parser, which throws {@link IllegalArgumentException} for text it rejects.
 *
 * @param name    short type name for the reference, e.g. "boolean", "integer >= 0", "memory size"
 * @param allowed what the knob accepts, as shown in messages and the reference
 * @param choices the accepted values of a choice, empty for other types
 */
public record KnobType<T>(String name, String allowed, List<String> choices, Function<String, T> parser) {

    public KnobType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(allowed, "allowed");
        choices = List.copyOf(choices);
        Objects.requireNonNull(parser, "parser");
    }

    public static final KnobType<Boolean> BOOLEAN =
            new KnobType<>("boolean", "true or false (also on/off, yes/no)", List.of(), KnobType::parseBoolean);

    /** Flink's MemorySize syntax: a number of bytes with an optional unit. */
    public static final KnobType<String> MEMORY_SIZE = pattern(
            "memory size",
            "a memory size such as 64mb or 1gb (units b, kb, mb, gb, tb)",
            "[0-9]+\\s*(b|bytes|k|kb|kibibytes|m|mb|mebibytes|g|gb|gibibytes|t|tb|tebibytes)?");

    /** What -Xms/-Xmx accept, without the flag. */
    public static final KnobType<String> HEAP_SIZE =
            pattern("heap size", "a JVM heap size such as 512m or 2g", "[1-9][0-9]*[kKmMgG]?");

    public static final KnobType<String> HOST_PORT =
            new KnobType<>("host:port", "host:port with a port in 1..65535", List.of(), KnobType::parseHostPort);

    public static KnobType<Long> longAtLeast(long min) {
        return new KnobType<>("integer >= " + min, "an integer >= " + min, List.of(), text -> {
            long value = Long.parseLong(text);
            if (value < min) {
                throw new IllegalArgumentException("must be >= " + min);
            }
            return value;
        });
    }

    public static KnobType<Integer> intAtLeast(int min) {
        return new KnobType<>("integer >= " + min, "an integer >= " + min, List.of(), text -> {
            int value = Integer.parseInt(text);
            if (value < min) {
                throw new IllegalArgumentException("must be >= " + min);
            }
            return value;
        });
    }

    /** One of {@code values}, case-insensitive, '_' read as '-'; the value is returned as declared. */
    public static KnobType<String> choice(String... values) {
        List<String> accepted = List.of(values);
        return new KnobType<>("choice", String.join(", ", accepted), accepted, text -> {
            String normalized = text.toLowerCase(Locale.ROOT).replace('_', '-');
            return accepted.stream()
                    .filter(normalized::equals)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("not one of " + String.join(", ", accepted)));
        });
    }

    /** One of {@code values} (as {@link #choice}) or a fully qualified class name (anything with a dot). */
    public static KnobType<String> choiceOrClassName(String... values) {
        KnobType<String> choice = choice(values);
        return new KnobType<>(
                "choice or class name", String.join(", ", values) + " or a class name", choice.choices(), text -> {
                    try {
                        return choice.parser().apply(text);
                    } catch (IllegalArgumentException e) {
                        if (text.contains(".")) {
                            return text;
                        }
                        throw e;
                    }
                });
    }

    /** Text matching {@code regex} (case-insensitive), returned as given. */
    public static KnobType<String> pattern(String name, String allowed, String regex) {
        Pattern compiled = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        return new KnobType<>(name, allowed, List.of(), text -> {
            if (!compiled.matcher(text).matches()) {
                throw new IllegalArgumentException("not " + allowed);
            }
            return text;
        });
    }

    /** The value of {@code text}; {@link IllegalArgumentException} (message: why) for text this type rejects. */
    public T parse(String text) {
        return parser.apply(text.trim());
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new IllegalArgumentException("not true or false");
        };
    }

    private static String parseHostPort(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("not host:port");
        }
        int port = Integer.parseInt(text.substring(colon + 1));
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port out of 1..65535");
        }
        return text;
    }
}
