package dev.fsbench.harness.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the fault matrix, written by the row's test once it has passed: one JSON line
 * {@code {row, fault, phase, outcome, exitCode, timeToExitMs, kept}} in {@code harness/target/fault-matrix/<row>.json}.
 * The closing table (docs/faults.md) is built from these files, so a row that did not pass has no file.
 */
public final class FaultMatrixRow {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FaultMatrixRow() {}

    /** The directory the rows go to: the module's {@code target/fault-matrix} (surefire and failsafe set basedir). */
    public static Path directory() {
        return Path.of(System.getProperty("basedir", "."), "target", "fault-matrix");
    }

    /**
     * Records a passed row.
     *
     * @param rowId      file name and key of the row, e.g. {@code sigint-measured}
     * @param fault      what was done, e.g. {@code SIGINT}
     * @param phase      the phase it hit, e.g. {@code measured}
     * @param outcome    what the test asserted, in words
     * @param exitCode   the harness's exit code
     * @param timeToExit from the fault to the harness's exit
     * @param kept       what was on disk afterwards
     */
    public static void record(
            String rowId, String fault, String phase, String outcome, int exitCode, Duration timeToExit, String kept) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("row", rowId);
        row.put("fault", fault);
        row.put("phase", phase);
        row.put("outcome", outcome);
        row.put("exitCode", exitCode);
        row.put("timeToExitMs", timeToExit.toMillis());
        row.put("kept", kept);
        try {
            Files.createDirectories(directory());
            Files.writeString(directory().resolve(rowId + ".json"), JSON.writeValueAsString(row) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record fault-matrix row " + rowId, e);
        }
    }
}
