package dev.fsbench.harness.telemetry;

import dev.fsbench.api.AtomicFiles;
import dev.fsbench.results.TelemetryResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;

/**
 * The harness JVM's own flight recording (generator, collector and everything else in it), with the same
 * settings as the engines, so a reader sees how much of the machine the measuring side used. Dumped to
 * {@code <runDir>/harness.jfr} and analysed like an engine's recording.
 */
public final class HarnessRecording implements AutoCloseable {

    public static final String LABEL = "harness";
    static final String JVM_INFORMATION = "jdk.JVMInformation";

    private final Recording recording;
    private final String unavailableReason;
    private final HarnessGcLog gcLog;

    private HarnessRecording(Recording recording, String unavailableReason, HarnessGcLog gcLog) {
        this.recording = recording;
        this.unavailableReason = unavailableReason;
        this.gcLog = gcLog;
    }

    /** Starts recording now; never throws: a JVM without JFR gives a MISSING result at the end. */
    public static HarnessRecording start() {
        return start(null);
    }

    /**
     * Like {@link #start()}, and also writes the harness's unified GC log to {@code <runDir>/harness-gc.log}
     * (creating runDir), like the engines'.
     */
    public static HarnessRecording start(Path runDir) {
        HarnessGcLog gcLog = runDir == null ? null : startGcLog(runDir);
        if (!FlightRecorder.isAvailable()) {
            return new HarnessRecording(null, "Java Flight Recorder is not available in this JVM", gcLog);
        }
        try {
            Recording recording = new Recording(TelemetrySettings.configuration());
            // jdk.JVMInformation records this JVM's arguments: the bench command line, whose --kafka-property
            // values may be passwords (docs/security.md). The engines' recordings keep it: their only argument
            // is the path of their job.json.
            recording.disable(JVM_INFORMATION);
            recording.setName("fsbench-harness");
            recording.setToDisk(true);
            recording.start();
            return new HarnessRecording(recording, null, gcLog);
        } catch (RuntimeException e) {
            return new HarnessRecording(null, "cannot start the harness's flight recording: " + e, gcLog);
        }
    }

    private static HarnessGcLog startGcLog(Path runDir) {
        try {
            Files.createDirectories(runDir);
            return HarnessGcLog.start(JvmTelemetry.gcLogFile(runDir, LABEL));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Stops the recording, dumps it to {@code <runDir>/harness.jfr} (atomically: a reader never sees half a file)
     * and analyses the window [from, to).
     */
    public TelemetryResult finish(Path runDir, long measureFromEpochMs, long measureToEpochMs) {
        stopGcLog();
        if (recording == null) {
            return TelemetryResult.missing(unavailableReason, JvmTelemetry.existingFiles(runDir, LABEL));
        }
        Path target = JvmTelemetry.recordingFile(runDir, LABEL);
        try {
            recording.stop();
            Files.createDirectories(runDir);
            AtomicFiles.writeWith(target, recording::dump);
        } catch (IOException | RuntimeException e) {
            return TelemetryResult.missing(
                    "cannot dump the harness's flight recording to " + target + ": " + e,
                    JvmTelemetry.existingFiles(runDir, LABEL));
        } finally {
            recording.close();
        }
        return JvmTelemetry.analyze(runDir, LABEL, measureFromEpochMs, measureToEpochMs);
    }

    private void stopGcLog() {
        if (gcLog != null) {
            gcLog.stop();
        }
    }

    /** Discards the recording if {@link #finish} was not called (e.g. the run failed before the end). */
    @Override
    public void close() {
        stopGcLog();
        if (recording != null) {
            recording.close();
        }
    }
}
