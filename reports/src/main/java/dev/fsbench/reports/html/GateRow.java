package dev.fsbench.reports.html;

import dev.fsbench.reports.gate.Direction;
import dev.fsbench.reports.gate.Format;
import dev.fsbench.reports.gate.MetricComparison;
import java.util.LinkedHashMap;
import java.util.Map;

/** One verdict as a table row of formatted cells. */
final class GateRow {
    private GateRow() {}

    static Map<String, Object> of(MetricComparison c) {
        Map<String, Object> row = new LinkedHashMap<>();
        var cur = c.current();
        row.put("verdict", c.verdict().label());
        row.put("group", cur.group());
        row.put("metric", cur.label());
        row.put("baseline", c.comparedBothSides() ? c.baseline().describe() : "");
        row.put("current", c.comparedBothSides() ? cur.describe() : "");
        row.put("change", c.comparedBothSides() ? Format.signedPercent(c.relativeChange()) : "");
        row.put("better", cur.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower");
        row.put("reason", c.reason());
        return row;
    }
}
