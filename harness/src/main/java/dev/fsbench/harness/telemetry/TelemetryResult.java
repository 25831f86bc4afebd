package dev.fsbench.harness.telemetry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;

/**
 * One JVM's telemetry, shaped for result.json: {@code gc}, {@code cpu} and {@code telemetry} go into a workload
 * as they are, and the whole record is the result's top-level {@code harness} section. gc and cpu are null
 * unless the status is OK.
 */
public record TelemetryResult(GcFigures gc, CpuFigures cpu, TelemetryInfo telemetry) {

    public static TelemetryResult missing(String reason, Map<String, String> files) {
        return new TelemetryResult(
                null,
                null,
                new TelemetryInfo(TelemetryStatus.MISSING, reason, files, null, null, TelemetrySeries.empty()));
    }

    public static TelemetryResult disabled(Map<String, String> files) {
        return new TelemetryResult(
                null,
                null,
                new TelemetryInfo(
                        TelemetryStatus.DISABLED,
                        "flight recording switched off (" + JvmTelemetry.JFR_PROPERTY + "=false)",
                        files,
                        null,
                        null,
                        TelemetrySeries.empty()));
    }

    @JsonIgnore
    public TelemetryStatus status() {
        return telemetry.status();
    }
}
