package dev.fsbench.reports.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders for the chart specs report.js draws; one place defines the spec format. */
final class ChartSpecs {
    private final String idPrefix;
    private final List<Map<String, Object>> charts = new ArrayList<>();

    ChartSpecs(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    List<Map<String, Object>> all() {
        return charts;
    }

    /**
     * A named line/scatter series of [x, y] points on y axis 0 or 1.
     *
     * @param style "line", "dashed", "scatter" or "bar"
     * @param open  per point, whether it is drawn hollow (e.g. a probe not sustained); null: all filled
     * @param group series of one group share a colour (e.g. an engine's p50 and p99); null: a colour each
     */
    record Series(String name, List<double[]> points, int axis, String style, List<Boolean> open, Integer group) {
        Series(String name, List<double[]> points, int axis, String style) {
            this(name, points, axis, style, null, null);
        }

        static Series line(String name, List<double[]> points) {
            return new Series(name, points, 0, "line");
        }
    }

    /** A shaded span of the x axis with a label (e.g. a burst of a rate profile), in the chart's x units. */
    record Mark(double from, double to, String label) {}

    /** @return the container id, or null when there is nothing to draw (no container should be emitted) */
    String nines(String title, String yName, List<Series> series) {
        return lineChart("nines", title, yName, null, series, Map.of("yLog", true));
    }

    String time(String title, String yName, String y2Name, List<Series> series) {
        return lineChart("time", title, yName, y2Name, series, Map.of());
    }

    /** A time chart with spans of the x axis shaded and labelled. */
    String time(String title, String yName, String y2Name, List<Series> series, List<Mark> marks) {
        List<Map<String, Object>> spans = new ArrayList<>();
        for (Mark mark : marks) {
            spans.add(Map.of("from", mark.from(), "to", mark.to(), "label", mark.label()));
        }
        return lineChart("time", title, yName, y2Name, series, Map.of("marks", spans));
    }

    /** Series over a numeric x axis other than time, e.g. latency against offered rate; y on a log scale. */
    String xyLog(String title, String xName, String yName, List<Series> series) {
        return lineChart("time", title, yName, null, series, Map.of("xName", xName, "yLog", true));
    }

    /**
     * Points or lines over a numeric x axis whose tooltip names the one point hovered (series, x, y): for series
     * whose points do not share x values (runs of different variants), where an axis tooltip would pair unrelated
     * points.
     */
    String xy(String title, String xName, String yName, boolean yLog, List<Series> series) {
        return lineChart("xy", title, yName, null, series, Map.of("xName", xName, "yLog", yLog));
    }

    /** @param errors half-widths, null entries where unknown */
    String bars(String title, String yName, List<String> categories, List<Double> values, List<Double> errors) {
        if (categories.isEmpty()) {
            return null;
        }
        Map<String, Object> spec = base("bars", title, yName);
        spec.put("categories", categories);
        spec.put("values", values);
        spec.put("errors", errors);
        spec.put("yFromZero", true);
        return add(spec);
    }

    /** @param changes change points: {index: position in runIds, label: the change of level} */
    String trend(
            String title,
            String yName,
            List<String> runIds,
            List<Double> values,
            List<Double> errors,
            List<String> verdicts,
            List<Map<String, Object>> changes) {
        if (runIds.isEmpty()) {
            return null;
        }
        Map<String, Object> spec = base("trend", title, yName);
        spec.put("categories", runIds);
        spec.put("values", values);
        spec.put("errors", errors);
        spec.put("verdicts", verdicts);
        spec.put("changes", changes);
        return add(spec);
    }

    private String lineChart(
            String kind, String title, String yName, String y2Name, List<Series> series, Map<String, Object> extra) {
        List<Map<String, Object>> drawn = new ArrayList<>();
        for (Series s : series) {
            if (s.points().isEmpty()) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("data", s.points());
            m.put("axis", s.axis());
            m.put("style", s.style());
            if (s.open() != null) {
                m.put("open", s.open());
            }
            if (s.group() != null) {
                m.put("group", s.group());
            }
            drawn.add(m);
        }
        if (drawn.isEmpty()) {
            return null;
        }
        Map<String, Object> spec = base(kind, title, yName);
        if (y2Name != null) {
            spec.put("y2Name", y2Name);
        }
        spec.putAll(extra);
        spec.put("series", drawn);
        return add(spec);
    }

    private Map<String, Object> base(String kind, String title, String yName) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("id", idPrefix + charts.size());
        spec.put("kind", kind);
        spec.put("title", title);
        spec.put("yName", yName);
        return spec;
    }

    private String add(Map<String, Object> spec) {
        charts.add(spec);
        return (String) spec.get("id");
    }
}
