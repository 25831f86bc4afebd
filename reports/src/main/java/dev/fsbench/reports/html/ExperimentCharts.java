package dev.fsbench.reports.html;

import dev.fsbench.reports.gate.Format;
import dev.fsbench.results.ExperimentComparison;
import dev.fsbench.results.ExperimentResult;
import dev.fsbench.results.ExperimentRun;
import dev.fsbench.results.ExperimentVariant;
import dev.fsbench.results.LatencySummary;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.commons.math3.stat.StatUtils;

/**
 * The charts of one experiment on its run page, per engine: each compared metric's run figures per variant (x =
 * the run's place in the interleaved order, so drift shows); latency against offered rate per variant when its
 * runs were offered two or more rates; and per variant the share of the window operator's input each subtask took,
 * where the workloads' engine summaries carry {@link SubtaskLoad}.
 */
final class ExperimentCharts {
    static final String ORDER_AXIS = "run order (position)";
    static final String RATE_AXIS = "offered rate (events/s)";

    private ExperimentCharts() {}

    static List<String> of(ExperimentResult e, ExperimentWorkloads workloads, ChartSpecs charts) {
        List<String> ids = new ArrayList<>();
        Set<String> metrics = new LinkedHashSet<>();
        e.comparisons().stream().map(ExperimentComparison::metric).forEach(metrics::add);
        for (String engine : engines(e)) {
            for (String metric : metrics) {
                ChartIds.addIfDrawn(ids, figures(e, metric, engine, charts));
            }
            ChartIds.addIfDrawn(ids, rateCurves(e, engine, workloads, charts));
            for (ExperimentVariant v : e.variants()) {
                ChartIds.addIfDrawn(ids, loadShares(e, v, engine, workloads, charts));
            }
        }
        return ids;
    }

    /** The experiment's engines, else those its runs name (a result edited by hand). */
    private static Set<String> engines(ExperimentResult e) {
        Set<String> engines = new LinkedHashSet<>(e.engines());
        e.variants()
                .forEach(v -> v.runs().forEach(r -> {
                    if (r.engine() != null) {
                        engines.add(r.engine());
                    }
                }));
        return engines;
    }

    private static List<ExperimentRun> runsOn(ExperimentVariant v, String engine) {
        return v.runs().stream().filter(r -> engine.equals(r.engine())).toList();
    }

    /** One point per run with the figure, hollow where the run was not OK (its figure is not judged). */
    private static String figures(ExperimentResult e, String metric, String engine, ChartSpecs charts) {
        List<ChartSpecs.Series> series = new ArrayList<>();
        int group = 0;
        for (ExperimentVariant v : e.variants()) {
            List<double[]> points = new ArrayList<>();
            List<Boolean> open = new ArrayList<>();
            for (ExperimentRun r : runsOn(v, engine)) {
                Double figure = r.figures().get(metric);
                if (figure != null && Double.isFinite(figure)) {
                    points.add(new double[] {r.position(), figure});
                    open.add(r.status() != RunStatus.OK);
                }
            }
            series.add(new ChartSpecs.Series(v.name(), points, 0, "scatter", open, group++));
        }
        return charts.xy(
                e.name() + " on " + engine + ": " + metric + " of each run per variant; hollow = run not OK",
                ORDER_AXIS,
                metric,
                false,
                series);
    }

    /**
     * Per variant, p50 (solid) and p99 (dashed) through the geometric mean of its OK runs at each offered rate; no
     * chart unless the runs were offered at least two rates.
     */
    private static String rateCurves(
            ExperimentResult e, String engine, ExperimentWorkloads workloads, ChartSpecs charts) {
        Set<Double> rates = new TreeSet<>();
        List<ChartSpecs.Series> series = new ArrayList<>();
        int group = 0;
        for (ExperimentVariant v : e.variants()) {
            Map<Double, List<Double>> p50 = new TreeMap<>();
            Map<Double, List<Double>> p99 = new TreeMap<>();
            for (ExperimentRun r : runsOn(v, engine)) {
                Double rate = workloads.rate(r);
                if (r.status() != RunStatus.OK || rate == null) {
                    continue;
                }
                rates.add(rate);
                WorkloadResult w = workloads.of(r);
                add(p50, rate, latency(r, "latencyP50Ms", w, LatencySummary::p50));
                add(p99, rate, latency(r, "latencyP99Ms", w, LatencySummary::p99));
            }
            series.add(new ChartSpecs.Series(v.name() + " p50", geometricMeans(p50), 0, "line", null, group));
            series.add(new ChartSpecs.Series(v.name() + " p99", geometricMeans(p99), 0, "dashed", null, group));
            group++;
        }
        if (rates.size() < 2) {
            return null;
        }
        return charts.xy(
                e.name() + " on " + engine + ": latency against offered rate per variant (p50 solid, p99 dashed;"
                        + " geometric mean of the OK runs at each rate)",
                RATE_AXIS,
                "ms",
                true,
                series);
    }

    /** The run's own figure, else its workload's latency summary. */
    private static Double latency(
            ExperimentRun r, String metric, WorkloadResult w, Function<LatencySummary, Double> percentile) {
        Double figure = r.figures().get(metric);
        if (figure != null) {
            return figure;
        }
        return w == null || w.latencyMs() == null ? null : percentile.apply(w.latencyMs());
    }

    private static void add(Map<Double, List<Double>> byRate, double rate, Double value) {
        if (value != null && Double.isFinite(value) && value > 0) {
            byRate.computeIfAbsent(rate, k -> new ArrayList<>()).add(value);
        }
    }

    private static List<double[]> geometricMeans(Map<Double, List<Double>> byRate) {
        List<double[]> points = new ArrayList<>();
        byRate.forEach((rate, values) -> points.add(new double[] {
            rate,
            StatUtils.geometricMean(
                    values.stream().mapToDouble(Double::doubleValue).toArray())
        }));
        return points;
    }

    /**
     * The share of the window operator's input each subtask took (shares, not counts, so runs at different rates
     * or durations can be averaged), mean over the variant's OK runs with a load of the same parallelism;
     * whiskers: the standard deviation across those runs.
     */
    private static String loadShares(
            ExperimentResult e, ExperimentVariant v, String engine, ExperimentWorkloads workloads, ChartSpecs charts) {
        List<SubtaskLoad> loads = new ArrayList<>();
        for (ExperimentRun r : runsOn(v, engine)) {
            SubtaskLoad load = r.status() == RunStatus.OK ? SubtaskLoad.of(workloads.of(r)) : null;
            if (load != null
                    && (loads.isEmpty()
                            || load.recordsIn().size()
                                    == loads.get(0).recordsIn().size())) {
                loads.add(load);
            }
        }
        if (loads.isEmpty()) {
            return null;
        }
        int subtasks = loads.get(0).recordsIn().size();
        List<Double> means = new ArrayList<>();
        List<Double> deviations = new ArrayList<>();
        for (int i = 0; i < subtasks; i++) {
            int subtask = i;
            double[] shares = loads.stream().mapToDouble(l -> share(l, subtask)).toArray();
            means.add(StatUtils.mean(shares));
            // StatUtils.variance is the sample (n - 1) variance
            deviations.add(shares.length < 2 ? null : Math.sqrt(StatUtils.variance(shares)));
        }
        return charts.bars(
                e.name() + " on " + engine + ", variant " + v.name() + ": share of "
                        + loads.get(0).vertex()
                        + "'s input per subtask, mean of " + loads.size() + " run(s)"
                        + (loads.size() > 1 ? " ± SD" : "")
                        + maxOverMean(loads),
                "% of records",
                SubtaskLoad.subtasks(subtasks),
                means,
                deviations);
    }

    private static double share(SubtaskLoad load, int subtask) {
        double total =
                load.recordsIn().stream().mapToDouble(Double::doubleValue).sum();
        return total <= 0 ? 0 : 100 * load.recordsIn().get(subtask) / total;
    }

    /** "; max/mean 1.9" or "; max/mean 1.8–2.1" over the runs that give it. */
    private static String maxOverMean(List<SubtaskLoad> loads) {
        double[] ratios = loads.stream()
                .map(SubtaskLoad::maxOverMean)
                .filter(r -> r != null && Double.isFinite(r))
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray();
        if (ratios.length == 0) {
            return "";
        }
        String low = Format.number(ratios[0]);
        String high = Format.number(ratios[ratios.length - 1]);
        return "; max/mean " + (low.equals(high) ? low : low + "–" + high);
    }
}
