package dev.fsbench.harness.telemetry;

import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The harness JVM's own flight recording (generator, collector and everything else in it), with the same
 * settings as the engines, so a reader sees how much of the machine the measuring side used. Dumped to
 * {@code <runDir>/harness.jfr} and analysed like an engine's recording.
 */
public final class HarnessRecording implements AutoCloseable {

    public static final String LABEL = "harness";

    private final Recording recording;
    private final String unavailableReason;

    private HarnessRecording(Recording recording, String unavailableReason) {
        this.recording = recording;
        this.unavailableReason = unavailableReason;
    }

    /** Starts recording now; never throws: a JVM without JFR gives a MISSING result at the end. */
    public static HarnessRecording start() {
        if (!FlightRecorder.isAvailable()) {
            return new HarnessRecording(null, "Java Flight Recorder is not available in this JVM");
        }
        try {
            Recording recording = new Recording(TelemetrySettings.configuration());
            recording.setName("fsbench-harness");
            recording.setToDisk(true);
            recording.start();
            return new HarnessRecording(recording, null);
        } catch (RuntimeException e) {
            return new HarnessRecording(null, "cannot start the harness's flight recording: " + e);
        }
    }

    /**
     * Stops the recording, dumps it to {@code <runDir>/harness.jfr} (atomically: a reader never sees half a file)
     * and analyses the window [from, to).
     */
    public TelemetryResult finish(Path runDir, long measureFromEpochMs, long measureToEpochMs) {
        if (recording == null) {
            return TelemetryResult.missing(unavailableReason, Map.of());
        }
        Path target = JvmTelemetry.recordingFile(runDir, LABEL);
        try {
            recording.stop();
            Files.createDirectories(runDir);
            Path temp = runDir.resolve(LABEL + ".jfr.tmp");
            recording.dump(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            return TelemetryResult.missing("cannot dump the harness's flight recording to " + target + ": " + e, Map.of());
        } finally {
            recording.close();
        }
        return JvmTelemetry.analyze(runDir, LABEL, measureFromEpochMs, measureToEpochMs);
    }

    /** Discards the recording if {@link #finish} was not called (e.g. the run failed before the end). */
    @Override
    public void close() {
        if (recording != null) {
            recording.close();
        }
    }
}
