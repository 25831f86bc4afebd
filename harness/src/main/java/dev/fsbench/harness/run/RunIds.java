package dev.fsbench.harness.run;

import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Run ids sort by time and are safe as directory names: 20261123-235959-1a2b3c. */
public final class RunIds {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {}

    public static String next() {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        return FORMAT.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-"
                + HexFormat.of().formatHex(suffix);
    }

    public static String validate(String runId) {
        if (!SAFE.matcher(runId).matches() || runId.startsWith(".")) {
            throw new IllegalArgumentException(
                    "run id '" + runId + "' must be 1-100 of A-Z a-z 0-9 . _ - (not starting with '.')");
        }
        return runId;
    }
}
