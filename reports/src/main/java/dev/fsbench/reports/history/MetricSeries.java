package dev.fsbench.reports.history;

import dev.fsbench.reports.gate.Observation;
import java.util.List;
import java.util.Objects;

/**
 * One figure across a history of runs, oldest first, with the change points found in it.
 *
 * @param figure       the figure as its newest run has it (label, unit, group, direction)
 * @param runIds       every run of the history
 * @param values       per run, its value (the mean of its repeats); null where the run does not have the figure
 * @param changePoints indices are positions in {@code runIds}
 */
public record MetricSeries(
        Observation figure, List<String> runIds, List<Double> values, List<ChangePoint> changePoints) {

    public String key() {
        return figure.key();
    }

    public long present() {
        return values.stream().filter(Objects::nonNull).count();
    }

    /** The newest change point, or null when there is none. */
    public ChangePoint lastChangePoint() {
        return changePoints.isEmpty() ? null : changePoints.get(changePoints.size() - 1);
    }
}
