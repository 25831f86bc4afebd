package dev.fsbench.harness.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the steps of a rate profile: {@code "<rate> for <duration>"}, the rate absolute ({@code 20000},
 * {@code 20k}, {@code 1.5M}) or a multiple of the workload's rate ({@code 3x}, {@code 0.5x}), the duration as
 * {@link DurationText} reads it. Several steps in one text are separated by {@code ;} (how the scenario's list
 * travels as the {@code harness.rateProfile} knob). Bad input is an {@link IllegalArgumentException} naming the
 * step and what is wrong with it (exit code 2 before anything starts).
 */
public final class RateStepText {

    /** The separator of steps in one text. */
    public static final String SEPARATOR = ";";

    private static final Pattern FORMAT =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(k|m|x)?\\s+for\\s+(\\S.*)", Pattern.CASE_INSENSITIVE);

    /**
     * One step as written: {@code value} events per second, or {@code value} times the workload's rate when
     * {@code multiple}, for {@code durationMs}.
     */
    public record Step(BigDecimal value, boolean multiple, long durationMs, String text) {

        /** The step's rate on a workload of {@code baseRate} events per second. */
        public long rate(long baseRate) {
            BigDecimal rate = multiple ? value.multiply(BigDecimal.valueOf(baseRate)) : value;
            long rounded = rate.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            if (rounded < 1) {
                throw new IllegalArgumentException("rate profile step '" + text + "' asks for " + rate.toPlainString()
                        + " events/s on a workload of " + baseRate + " events/s: a step needs at least 1 event/s");
            }
            return rounded;
        }
    }

    private RateStepText() {}

    /** Every step of a text of steps separated by {@code ;}; at least one. */
    public static List<Step> parseAll(String text) {
        List<Step> steps = new ArrayList<>();
        String[] parts = (text == null ? "" : text).split(SEPARATOR, -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isBlank() && parts.length > 1 && i == parts.length - 1) {
                continue; // a trailing separator
            }
            steps.add(parse(i + 1, parts[i]));
        }
        return steps;
    }

    /** Step {@code number} (from 1, for the message) of a profile. */
    public static Step parse(int number, String text) {
        String step = text == null ? "" : text.trim();
        String where = "rate profile step " + number + " ('" + step + "')";
        if (step.contains(SEPARATOR)) {
            throw new IllegalArgumentException(where + ": one step per entry, without '" + SEPARATOR + "'");
        }
        Matcher m = FORMAT.matcher(step);
        if (!m.matches()) {
            throw new IllegalArgumentException(where
                    + " is not '<rate> for <duration>': use e.g. '20000 for 20s', '20k for 20s' or '3x for 10s'"
                    + " (3 times the workload's rate)");
        }
        BigDecimal value = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        boolean multiple = unit.equals("x");
        if (unit.equals("k")) {
            value = value.multiply(BigDecimal.valueOf(1_000));
        } else if (unit.equals("m")) {
            value = value.multiply(BigDecimal.valueOf(1_000_000));
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(where + ": the rate must be > 0");
        }
        if (!multiple && value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(where + ": an absolute rate must be a whole number of events/s");
        }
        long durationMs = DurationText.toMillis(where + ": duration", m.group(3));
        if (durationMs <= 0) {
            throw new IllegalArgumentException(where + ": the duration must be > 0");
        }
        return new Step(value, multiple, durationMs, step);
    }
}
