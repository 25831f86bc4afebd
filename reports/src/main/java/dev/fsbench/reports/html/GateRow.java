package dev.fsbench.reports.html;

import dev.fsbench.reports.gate.Direction;
import dev.fsbench.reports.gate.Format;
import dev.fsbench.reports.gate.MetricComparison;
import dev.fsbench.reports.gate.Observation;
import java.util.LinkedHashMap;
import java.util.Map;

/** One verdict as a table row of formatted cells. */
final class GateRow {
    private GateRow() {}

    static Map<String, Object> of(MetricComparison c) {
        Map<String, Object> row = new LinkedHashMap<>();
        Observation cur = c.current();
        row.put("verdict", c.verdict().label());
        row.put("group", cur.group());
        row.put("metric", cur.label());
        row.put("baseline", c.comparedBothSides() ? side(c.baseline()) : "");
        row.put("current", c.comparedBothSides() ? side(cur) : "");
        row.put("change", c.comparedBothSides() ? Format.signedPercent(c.relativeChange()) : "");
        row.put("better", cur.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower");
        row.put("reason", c.reason());
        return row;
    }

    private static String side(Observation o) {
        String noise = Double.isNaN(o.noiseHalfWidth()) ? "" : " ± " + Format.number(o.noiseHalfWidth());
        return Format.number(o.mean()) + noise + (o.unit() == null ? "" : " " + o.unit()) + (o.n() > 1 ? " (n=" + o.n() + ")" : "");
    }
}
