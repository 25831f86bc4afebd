package dev.fsbench.harness.cluster;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cluster.workerMemory} (Flink's memory syntax, which the knob shares: no unit means bytes) in Spark's
 * terms. Spark reads a size without a unit as bytes in a worker's {@code --memory} but as MiB in
 * {@code spark.executor.memory}, and knows no {@code mebibytes}: both are given whole MiB with the unit spelled
 * out instead.
 */
final class SparkMemory {

    /** Spark refuses an executor below 1.5 x its 300 MiB of reserved memory ("must be at least 471859200"). */
    static final long MIN_EXECUTOR_MIB = 450;

    private static final Pattern SIZE = Pattern.compile("([0-9]+)\\s*([a-z]*)");
    private static final Map<String, Long> BYTES_PER_UNIT = Map.ofEntries(
            Map.entry("", 1L),
            Map.entry("b", 1L),
            Map.entry("bytes", 1L),
            Map.entry("k", 1L << 10),
            Map.entry("kb", 1L << 10),
            Map.entry("kibibytes", 1L << 10),
            Map.entry("m", 1L << 20),
            Map.entry("mb", 1L << 20),
            Map.entry("mebibytes", 1L << 20),
            Map.entry("g", 1L << 30),
            Map.entry("gb", 1L << 30),
            Map.entry("gibibytes", 1L << 30),
            Map.entry("t", 1L << 40),
            Map.entry("tb", 1L << 40),
            Map.entry("tebibytes", 1L << 40));

    private SparkMemory() {}

    /** Whole MiB of {@code size} (rounded down), e.g. 1024 for {@code 1g}. */
    static long mebibytes(String size) {
        Matcher matcher = SIZE.matcher(size.trim().toLowerCase(Locale.ROOT));
        Long unit = matcher.matches() ? BYTES_PER_UNIT.get(matcher.group(2)) : null;
        if (unit == null) {
            throw new IllegalArgumentException("not a memory size: '" + size + "' (e.g. 512m, 1g)");
        }
        return Long.parseLong(matcher.group(1)) * unit / (1L << 20);
    }

    /** {@code size} as Spark reads it everywhere: whole MiB with the unit, e.g. {@code 1024m}. */
    static String forSpark(String size) {
        return mebibytes(size) + "m";
    }
}
