package dev.fsbench.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;

/**
 * One JVM's telemetry, shaped for result.json: {@code gc}, {@code cpu} and {@code telemetry} go into a workload
 * as they are, and the whole record is the result's top-level {@code harness} section. gc and cpu are null
 * unless the status is OK.
 */
public record TelemetryResult(GcFigures gc, CpuFigures cpu, TelemetryInfo telemetry) {

    public static TelemetryResult missing(String reason, Map<String, String> files) {
        return withoutFigures(TelemetryStatus.MISSING, reason, files);
    }

    public static TelemetryResult disabled(String reason, Map<String, String> files) {
        return withoutFigures(TelemetryStatus.DISABLED, reason, files);
    }

    private static TelemetryResult withoutFigures(TelemetryStatus status, String reason, Map<String, String> files) {
        return new TelemetryResult(
                null, null, new TelemetryInfo(status, reason, files, null, null, TelemetrySeries.empty()));
    }

    /** Null for a result that has no telemetry section. */
    @JsonIgnore
    public TelemetryStatus status() {
        return telemetry == null ? null : telemetry.status();
    }
}
