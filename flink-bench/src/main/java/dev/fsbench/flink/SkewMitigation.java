package dev.fsbench.flink;

import dev.fsbench.api.knobs.FlinkSettings;
import java.util.Locale;

/** How the job spreads a skewed key distribution ({@code flink.skewMitigation}). */
public enum SkewMitigation {
    /** keyBy(word) straight into the windows: a hot word's events all go to one subtask. */
    NONE,
    /** Windows on (word, salt) keys, then a merge per (word, window). */
    SALT,
    /** rebalance(), a local pre-aggregation per subtask and window, then a merge per (word, window). */
    REBALANCE;

    public static SkewMitigation parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    FlinkSettings.SKEW_MITIGATION.key() + " must be none, salt or rebalance," + " got '" + text + "'");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
