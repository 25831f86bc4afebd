package dev.fsbench.reports.html;

import java.util.List;

/** Collects the ids of charts that were drawn; a chart with nothing to draw has no id and no container. */
final class ChartIds {
    private ChartIds() {}

    static void addIfDrawn(List<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
