package dev.fsbench.results;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One chart point, written as {@code [epochMs, value]} (engine metrics and JVM telemetry series alike). */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"t", "v"})
public record SeriesPoint(long t, double v) {}
