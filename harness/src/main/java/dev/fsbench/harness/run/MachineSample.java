package dev.fsbench.harness.run;

import dev.fsbench.results.MachineLoad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's size and load at one moment: for the cost section, and before a workload starts for its
 * {@link MachineLoad} record.
 *
 * @param cores         the cores the harness sees: JFR's CPU shares are shares of these
 * @param loadAverage1m the 1-minute load average from /proc/loadavg; null where there is none (not Linux)
 */
record MachineSample(int cores, Double loadAverage1m) {

    private static final Path LOADAVG = Path.of("/proc/loadavg");

    static MachineSample now() {
        return new MachineSample(Runtime.getRuntime().availableProcessors(), loadAverage(LOADAVG));
    }

    /** The 1-minute load average now; null where there is none. */
    static Double loadAverageNow() {
        return loadAverage(LOADAVG);
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

    /**
     * The workload's machine load with this sample taken before it: contended when the load before exceeded the
     * cores (something else was running). Null when the load is unknown (no /proc/loadavg).
     */
    MachineLoad before(LoadDuring during) {
        if (loadAverage1m == null) {
            return null;
        }
        return new MachineLoad(
                cores,
                loadAverage1m,
                during == null ? null : round(during.mean()),
                during == null ? null : round(during.max()),
                loadAverage1m > cores);
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
