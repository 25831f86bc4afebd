package dev.fsbench.results;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * One chart point, written as {@code [epochMs, value]} (engine metrics and JVM telemetry series alike). Whole
 * values (heap bytes) stay integers in the JSON; whichever integer type they arrive as, they are held as a Long, so
 * a point read back equals the point written.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"t", "v"})
public record SeriesPoint(long t, Number v) {
    public SeriesPoint {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            v = v.longValue();
        } else if (v instanceof BigDecimal || v instanceof Float) {
            v = v.doubleValue();
        }
    }
}
