package dev.fsbench.reports.html;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.gate.ComparisonReport;
import dev.fsbench.reports.gate.Direction;
import dev.fsbench.reports.gate.Format;
import dev.fsbench.reports.gate.MetricComparison;
import dev.fsbench.reports.gate.Observation;
import dev.fsbench.reports.gate.RegressionGate;
import dev.fsbench.reports.gate.Verdict;
import dev.fsbench.reports.history.ChangePoint;
import dev.fsbench.reports.history.ChangePointDetector;
import dev.fsbench.reports.history.MetricHistory;
import dev.fsbench.reports.history.MetricSeries;
import dev.fsbench.reports.history.TrendFigures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One environment's runs, oldest first: each engine-dependent figure ({@link TrendFigures}) across runs, points
 * coloured by that run's verdict, change points marked on the chart and listed in a table.
 */
final class TrendPageModel {
    private final ChartSpecs charts = new ChartSpecs("t");
    private final Map<String, Object> model = new HashMap<>();

    static TrendPageModel build(
            String fingerprint,
            List<RunRecord> oldestFirst,
            Map<String, ComparisonReport> gates,
            Function<RunRecord, Map<String, Observation>> metricsOf) {
        TrendPageModel page = new TrendPageModel();
        page.fill(fingerprint, oldestFirst, gates, metricsOf);
        return page;
    }

    Map<String, Object> model() {
        return model;
    }

    List<Map<String, Object>> charts() {
        return charts.all();
    }

    private void fill(
            String fingerprint,
            List<RunRecord> runs,
            Map<String, ComparisonReport> gates,
            Function<RunRecord, Map<String, Observation>> metricsOf) {
        model.put("fingerprint", fingerprint);
        model.put("envLabel", Environments.label(fingerprint));
        model.put("runCount", runs.size());
        model.put("historySize", RegressionGate.DEFAULT_HISTORY_RUNS);
        ChangePointDetector detector = ChangePointDetector.standard();
        model.put("significance", Format.percent(detector.significance()));
        model.put("minSegment", detector.minSegment());

        Map<String, Map<String, Observation>> figures = new HashMap<>();
        Function<RunRecord, Map<String, Observation>> figuresOf =
                run -> figures.computeIfAbsent(run.runId(), id -> TrendFigures.of(run, metricsOf.apply(run)));
        List<MetricSeries> history = MetricHistory.of(runs, figuresOf, detector, false);
        Map<String, TrendSection> sections = new LinkedHashMap<>();
        List<ChangeRow> changes = new ArrayList<>();
        for (MetricSeries s : history) {
            Observation o = s.figure();
            TrendSection section =
                    sections.computeIfAbsent(o.group(), g -> new TrendSection(g, new ArrayList<>(), new ArrayList<>()));
            if (s.present() < runs.size()) {
                section.absent()
                        .add(o.label() + ": absent in " + (runs.size() - s.present()) + " of " + runs.size()
                                + " runs (results that predate the figure or lack its section)");
            }
            if (s.present() < 2) {
                continue; // a trend needs two points
            }
            List<Double> errors = new ArrayList<>();
            List<String> verdicts = new ArrayList<>();
            for (RunRecord run : runs) {
                Observation mine = figuresOf.apply(run).get(o.key());
                errors.add(mine == null || Double.isNaN(mine.noiseHalfWidth()) ? null : mine.noiseHalfWidth());
                verdicts.add(verdictOf(gates.get(run.runId()), o.key()));
            }
            List<Map<String, Object>> marks = new ArrayList<>();
            for (ChangePoint p : s.changePoints()) {
                marks.add(Map.of("index", p.index(), "label", Format.signedPercent(p.relativeChange())));
                changes.add(ChangeRow.of(o, p));
            }
            section.charts()
                    .add(charts.trend(
                            o.label() + (o.unit() == null ? "" : " (" + o.unit() + ", " + betterWord(o) + ")"),
                            o.unit(),
                            s.runIds(),
                            s.values(),
                            errors,
                            verdicts,
                            marks));
        }
        model.put("sections", new ArrayList<>(sections.values()));
        model.put("changes", changes);

        RunRecord latest = runs.get(runs.size() - 1);
        model.put("latestRunId", latest.runId());
        ComparisonReport latestGate = gates.get(latest.runId());
        List<GateRow> changed = new ArrayList<>();
        if (latestGate != null) {
            for (Verdict v : List.of(Verdict.REGRESSED, Verdict.IMPROVED, Verdict.NOISY)) {
                latestGate.withVerdict(v).forEach(c -> changed.add(GateRow.of(c)));
            }
        }
        model.put("latestGate", changed);
    }

    /** The trend charts of one group of figures (a workload, a capacity search, a microbenchmark group). */
    record TrendSection(String group, List<String> charts, List<String> absent) {}

    /** A change point as a table row: where, from what level to what, how sure. */
    record ChangeRow(String group, String metric, String runId, String before, String after, String change, String p) {
        static ChangeRow of(Observation o, ChangePoint p) {
            return new ChangeRow(
                    o.group(),
                    o.label(),
                    p.runId(),
                    Format.withUnit(p.meanBefore(), o.unit()),
                    Format.withUnit(p.meanAfter(), o.unit()),
                    Format.signedPercent(p.relativeChange()),
                    p.pValueText());
        }
    }

    private static String betterWord(Observation o) {
        return o.direction() == Direction.HIGHER_IS_BETTER ? "higher is better" : "lower is better";
    }

    private static String verdictOf(ComparisonReport gate, String key) {
        if (gate == null) {
            return "none";
        }
        MetricComparison c = gate.forKey(key);
        return c == null || !c.comparedBothSides() ? "none" : c.verdict().label();
    }
}
