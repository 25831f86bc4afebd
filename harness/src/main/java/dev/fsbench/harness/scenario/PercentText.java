package dev.fsbench.harness.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses percentages as used on the CLI and in scenarios: 10%, 12.5 %. The sign is required, so 0.1 is refused. */
public final class PercentText {

    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");

    private PercentText() {}

    /** The share the text names: "20%" is 0.2. */
    public static double toShare(String field, String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a percentage (use e.g. 10%, 20%)");
        }
        return Double.parseDouble(m.group(1)) / 100;
    }
}
