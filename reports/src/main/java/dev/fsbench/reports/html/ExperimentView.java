package dev.fsbench.reports.html;

import dev.fsbench.results.ExperimentResult;
import dev.fsbench.results.WorkloadResult;
import java.util.ArrayList;
import java.util.List;

/**
 * One experiment on its run page: its anchor (which the experiments page links to), the experiment as the result
 * has it, and its charts.
 *
 * @param anchor "experiment-N", N its place in the run's {@code experiments[]}: never a string from the result
 */
record ExperimentView(String anchor, ExperimentResult raw, List<String> charts) {

    static String anchor(int index) {
        return "experiment-" + index;
    }

    static List<ExperimentView> of(
            List<ExperimentResult> experiments, List<WorkloadResult> workloads, ChartSpecs charts) {
        ExperimentWorkloads matched = ExperimentWorkloads.of(workloads);
        List<ExperimentView> views = new ArrayList<>();
        for (int i = 0; i < experiments.size(); i++) {
            ExperimentResult e = experiments.get(i);
            views.add(new ExperimentView(anchor(i), e, ExperimentCharts.of(e, matched, charts)));
        }
        return views;
    }
}
