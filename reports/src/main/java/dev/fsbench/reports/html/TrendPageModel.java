package dev.fsbench.reports.html;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.gate.ComparisonReport;
import dev.fsbench.reports.gate.MetricComparison;
import dev.fsbench.reports.gate.Observation;
import dev.fsbench.reports.gate.RegressionGate;
import dev.fsbench.reports.gate.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One environment's runs, oldest first: each metric across runs, points coloured by that run's verdict. */
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

        List<Map<String, Observation>> metricsPerRun =
                runs.stream().map(metricsOf).toList();
        Map<String, Observation> firstSeen = new LinkedHashMap<>();
        metricsPerRun.forEach(m -> m.forEach(firstSeen::putIfAbsent));

        Map<String, List<String>> chartsByGroup = new LinkedHashMap<>();
        List<String> runIds = runs.stream().map(RunRecord::runId).toList();
        for (Map.Entry<String, Observation> metric : firstSeen.entrySet()) {
            String key = metric.getKey();
            List<Double> values = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            List<String> verdicts = new ArrayList<>();
            int present = 0;
            for (int i = 0; i < runs.size(); i++) {
                Observation o = metricsPerRun.get(i).get(key);
                values.add(o == null ? null : o.mean());
                errors.add(o == null || Double.isNaN(o.noiseHalfWidth()) ? null : o.noiseHalfWidth());
                verdicts.add(verdictOf(gates.get(runs.get(i).runId()), key));
                present += o == null ? 0 : 1;
            }
            if (present < 2) {
                continue; // a trend needs two points
            }
            Observation o = metric.getValue();
            String id = charts.trend(
                    o.label() + (o.unit() == null ? "" : " (" + o.unit() + ", " + betterWord(o) + ")"),
                    o.unit(),
                    runIds,
                    values,
                    errors,
                    verdicts);
            chartsByGroup.computeIfAbsent(o.group(), g -> new ArrayList<>()).add(id);
        }
        List<TrendSection> sections = new ArrayList<>();
        chartsByGroup.forEach((group, ids) -> sections.add(new TrendSection(group, ids)));
        model.put("sections", sections);

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

    /** The trend charts of one group of metrics (a streaming workload, a microbenchmark group). */
    record TrendSection(String group, List<String> charts) {}

    private static String betterWord(Observation o) {
        return o.direction() == dev.fsbench.reports.gate.Direction.HIGHER_IS_BETTER
                ? "higher is better"
                : "lower is better";
    }

    private static String verdictOf(ComparisonReport gate, String key) {
        if (gate == null) {
            return "none";
        }
        MetricComparison c = gate.forKey(key);
        return c == null || !c.comparedBothSides() ? "none" : c.verdict().label();
    }
}
