package dev.fsbench.reports.history;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.gate.Observation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Follows each figure across a history of runs and finds its change points. A run contributes the mean of its
 * repeats (runs are the samples: the level that changes is a run's level). Runs flagged as contended are drawn but
 * not tested: they measured the machine's other work.
 */
public final class MetricHistory {
    private MetricHistory() {}

    /**
     * @param oldestFirst    the runs of one environment
     * @param figuresOf      a run's figures by key (e.g. {@link TrendFigures#of})
     * @param sameConfigOnly test only the runs whose figure has the newest run's configuration (what the gate
     *                       would compare), instead of every run
     * @return one series per figure, in the order the figures first appear
     */
    public static List<MetricSeries> of(
            List<RunRecord> oldestFirst,
            Function<RunRecord, Map<String, Observation>> figuresOf,
            ChangePointDetector detector,
            boolean sameConfigOnly) {
        List<Map<String, Observation>> perRun =
                oldestFirst.stream().map(figuresOf).toList();
        Map<String, Observation> newest = new LinkedHashMap<>();
        perRun.forEach(figures -> figures.forEach((key, o) -> newest.merge(key, o, (older, newer) -> newer)));
        List<String> runIds = oldestFirst.stream().map(RunRecord::runId).toList();

        List<MetricSeries> series = new ArrayList<>();
        for (Observation figure : newest.values()) {
            List<Double> values = new ArrayList<>();
            List<Integer> tested = new ArrayList<>();
            for (int i = 0; i < oldestFirst.size(); i++) {
                Observation o = perRun.get(i).get(figure.key());
                values.add(o == null ? null : o.mean());
                boolean sameConfig = o != null && Objects.equals(o.configDigest(), figure.configDigest());
                if (o != null && (sameConfig || !sameConfigOnly) && !TrendFigures.contended(oldestFirst.get(i))) {
                    tested.add(i);
                }
            }
            series.add(new MetricSeries(figure, runIds, values, changePoints(detector, runIds, values, tested)));
        }
        return series;
    }

    /** Detects on the tested runs only, then gives each change point its position in the whole history. */
    private static List<ChangePoint> changePoints(
            ChangePointDetector detector, List<String> runIds, List<Double> values, List<Integer> tested) {
        double[] z = tested.stream().mapToDouble(values::get).toArray();
        List<String> ids = tested.stream().map(runIds::get).toList();
        return detector.detect(ids, z).stream()
                .map(p -> new ChangePoint(tested.get(p.index()), p.runId(), p.pValue(), p.meanBefore(), p.meanAfter()))
                .toList();
    }
}
