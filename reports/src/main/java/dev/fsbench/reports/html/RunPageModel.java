package dev.fsbench.reports.html;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.gate.ComparisonReport;
import dev.fsbench.reports.gate.MetricComparison;
import dev.fsbench.reports.gate.Verdict;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.TelemetryResult;
import dev.fsbench.results.WorkloadResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The model and charts of one run's page. Every section is optional: absent data gives no table and no chart. */
final class RunPageModel {
    /** Verdicts shown up front; unchanged and skipped metrics fold away. */
    private static final Set<String> CHANGED =
            Set.of(Verdict.REGRESSED.label(), Verdict.IMPROVED.label(), Verdict.NOISY.label());

    private final ChartSpecs charts = new ChartSpecs("c");
    private final Map<String, Object> model = new HashMap<>();

    static RunPageModel build(RunRecord run, ComparisonReport vsHistory) {
        RunPageModel page = new RunPageModel();
        page.fill(run, vsHistory);
        return page;
    }

    /** The template's variables. */
    Map<String, Object> model() {
        return model;
    }

    List<Map<String, Object>> charts() {
        return charts.all();
    }

    private void fill(RunRecord run, ComparisonReport vsHistory) {
        RunResult r = run.result();
        model.put("run", r);
        model.put("runId", run.runId());
        model.put("runState", run.status());
        model.put("notEnded", NotEnded.sentence(run));
        model.put("notCounting", WorkloadFigures.NOT_COUNTING);
        model.put("environmentRows", TableRows.environment(r));
        List<WorkloadView> workloads = workloads(run.workloads());
        model.put("workloads", workloads);
        model.put("headline", Headline.rows(r.capacity(), workloads));
        model.put("engineVersions", EngineVersions.line(r));
        model.put("capacityCharts", CapacityCharts.of(r.capacity(), processingTimeEngines(workloads), charts));
        model.put("capacity", r.capacity());
        model.put("overviewCharts", WorkloadCharts.overview(workloads, charts));
        model.put("harness", harness(r.harness()));
        model.put("micro", MicrobenchView.of(r.microbenchmarks(), charts));
        model.put("experiments", ExperimentView.of(r.experiments(), r.workloads(), charts));
        model.put("experimentRows", ExperimentRow.of(r.experiments()));
        List<GateRow> gate = gateRows(vsHistory);
        model.put(
                "gate", gate.stream().filter(g -> CHANGED.contains(g.verdict())).toList());
        model.put(
                "gateSteady",
                gate.stream().filter(g -> !CHANGED.contains(g.verdict())).toList());
        model.put("gateLabel", vsHistory == null ? null : vsHistory.baselineLabel());
        model.put("gateNotes", vsHistory == null ? List.of() : vsHistory.notes());
    }

    private List<WorkloadView> workloads(List<WorkloadResult> results) {
        Map<String, Integer> repeats = new HashMap<>();
        results.forEach(w -> repeats.merge(w.name(), 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        List<WorkloadView> views = new ArrayList<>();
        for (WorkloadResult w : results) {
            String name = w.name();
            int k = seen.merge(name, 1, Integer::sum);
            String title = repeats.get(name) > 1 ? name + " #" + k : name;
            views.add(WorkloadView.of(title, "w" + views.size(), w, charts));
        }
        return views;
    }

    /** Engines whose windows are processing-time windows (DStreams: verified by conservation). */
    private static Set<String> processingTimeEngines(List<WorkloadView> workloads) {
        Set<String> engines = new java.util.HashSet<>();
        for (WorkloadView view : workloads) {
            if (view.figures().latency().processingTime()) {
                engines.add(view.raw().engine());
            }
        }
        return engines;
    }

    private TelemetryView harness(TelemetryResult harness) {
        if (harness == null) {
            return null;
        }
        TimeAxis time = TimeAxis.of(
                harness.telemetry() == null ? null : harness.telemetry().series());
        return TelemetryView.of("harness JVM", harness.gc(), harness.cpu(), harness.telemetry(), time, charts);
    }

    private static List<GateRow> gateRows(ComparisonReport report) {
        if (report == null) {
            return List.of();
        }
        List<GateRow> rows = new ArrayList<>();
        for (Verdict verdict :
                List.of(Verdict.REGRESSED, Verdict.IMPROVED, Verdict.NOISY, Verdict.UNCHANGED, Verdict.SKIPPED)) {
            for (MetricComparison c : report.withVerdict(verdict)) {
                rows.add(GateRow.of(c));
            }
        }
        return rows;
    }
}
