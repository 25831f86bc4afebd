package dev.fsbench.reports.history;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.gate.MetricExtractor;
import dev.fsbench.reports.gate.Observation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * For {@code bench compare --baseline history}: the newest change point of each headline figure of the current
 * run, over every earlier run of its environment (all of them, not only the gate's window: a level needs runs on
 * both sides) and the current run itself. Only runs with the current run's configuration of a figure are tested,
 * as the gate compares only those.
 *
 * @param runs     how many runs of the environment, up to and including the current one, were looked at
 * @param headline the headline figures the current run has
 * @param changed  the series of those figures that have a change point, in figure order
 */
public record LastChangePoints(int runs, int headline, List<MetricSeries> changed) {

    public static LastChangePoints of(List<RunRecord> allRuns, RunRecord current) {
        return of(allRuns, current, ChangePointDetector.standard());
    }

    public static LastChangePoints of(List<RunRecord> allRuns, RunRecord current, ChangePointDetector detector) {
        List<RunRecord> history = allRuns.stream()
                .filter(RunRecord::ended) // a RUNNING or abandoned run is no point of a history
                .filter(r -> r.fingerprint().equals(current.fingerprint()))
                .filter(r -> !r.runId().equals(current.runId()))
                .filter(r -> r.startedAt().isBefore(current.startedAt()))
                .sorted(Comparator.comparing(RunRecord::startedAt).thenComparing(RunRecord::runId))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        history.add(current);
        Map<String, Observation> currentFigures = headlineOf(current);
        List<MetricSeries> series = MetricHistory.of(history, LastChangePoints::headlineOf, detector, true);
        List<MetricSeries> changed = series.stream()
                .filter(s -> currentFigures.containsKey(s.key()))
                .filter(s -> s.lastChangePoint() != null)
                .toList();
        return new LastChangePoints(history.size(), currentFigures.size(), changed);
    }

    /** The engine-dependent streaming figures and capacity: what the trend pages follow, without microbenchmarks. */
    private static Map<String, Observation> headlineOf(RunRecord run) {
        Map<String, Observation> figures = TrendFigures.of(run, MetricExtractor.extract(run));
        figures.keySet().removeIf(key -> !key.startsWith("stream/") && !key.startsWith("capacity/"));
        return figures;
    }
}
