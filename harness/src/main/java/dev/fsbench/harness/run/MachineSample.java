package dev.fsbench.harness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's size and load at one moment, for the cost section.
 *
 * @param cores         the cores the harness sees: JFR's CPU shares are shares of these
 * @param loadAverage1m the 1-minute load average from /proc/loadavg; null where there is none (not Linux)
 */
record MachineLoad(int cores, Double loadAverage1m) {

    private static final Path LOADAVG = Path.of("/proc/loadavg");

    static MachineLoad now() {
        return new MachineLoad(Runtime.getRuntime().availableProcessors(), loadAverage(LOADAVG));
    }

    /** The first field of a /proc/loadavg text ("0.52 0.58 0.59 1/467 12345"); null if unreadable. */
    static Double loadAverage(Path file) {
        try {
            String[] fields = Files.readString(file).trim().split("\\s+");
            return Double.parseDouble(fields[0]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
