package dev.fsbench.harness.telemetry;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One chart point, written as {@code [epochMs, value]} like the engine-metrics series of result.json. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"t", "v"})
public record SeriesPoint(long t, Number v) {}
