package dev.fsbench.reports.html;

import dev.fsbench.reports.gate.Direction;
import dev.fsbench.reports.gate.Format;
import dev.fsbench.reports.gate.MetricComparison;

/**
 * One verdict of the gate as a table row of formatted cells; baseline, current and change are empty when the
 * metric was not compared on both sides.
 */
record GateRow(
        String verdict,
        String group,
        String metric,
        String baseline,
        String current,
        String change,
        String better,
        String reason) {

    static GateRow of(MetricComparison c) {
        var cur = c.current();
        boolean compared = c.comparedBothSides();
        return new GateRow(
                c.verdict().label(),
                cur.group(),
                cur.label(),
                compared ? c.baseline().describe() : "",
                compared ? cur.describe() : "",
                compared ? Format.signedPercent(c.relativeChange()) : "",
                cur.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower",
                c.reason());
    }
}
