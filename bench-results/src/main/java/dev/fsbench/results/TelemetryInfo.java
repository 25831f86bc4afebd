package dev.fsbench.results;

import java.util.Map;

/**
 * How a JVM's telemetry was obtained and the chart series.
 *
 * @param status         OK, MISSING or DISABLED
 * @param reason         why it is not OK; null when OK
 * @param files          "jfr" and "gcLog": the files that exist, relative to the directory they were written to
 * @param measuredFromMs start of the window the figures cover (epoch ms), the requested one clipped to the
 *                       recording; null unless OK
 * @param measuredToMs   its end (epoch ms); null unless OK
 * @param series         chart series over the whole recording; empty unless OK
 */
public record TelemetryInfo(
        TelemetryStatus status,
        String reason,
        Map<String, String> files,
        Long measuredFromMs,
        Long measuredToMs,
        TelemetrySeries series) {
    public TelemetryInfo {
        files = Copies.orderedMap(files);
        series = series == null ? TelemetrySeries.empty() : series;
    }
}
