package dev.fsbench.harness.scenario;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses human durations as used on the CLI and in scenarios: 500ms, 30s, 2m, 1h. A unit is required. */
public final class DurationText {

    private static final Pattern FORMAT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private DurationText() {}

    public static long toMillis(String field, String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    field + ": '" + text + "' is not a duration (use e.g. 500ms, 30s, 2m, 1h)");
        }
        long value = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> value;
            case "s" -> value * 1_000;
            case "m" -> value * 60_000;
            default -> value * 3_600_000;
        };
    }
}
