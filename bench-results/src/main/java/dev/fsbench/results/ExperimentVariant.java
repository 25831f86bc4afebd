package dev.fsbench.results;

import java.util.List;
import java.util.Map;

/**
 * One variant of an experiment: a named set of knobs on top of the experiment's workload, and its runs.
 *
 * @param name  the variant's name, as the comparisons name it
 * @param knobs the knobs this variant sets (key = catalog key, value as given)
 * @param runs  one entry per engine and repetition, in the order they ran
 */
public record ExperimentVariant(String name, Map<String, String> knobs, List<ExperimentRun> runs) {

    public ExperimentVariant {
        knobs = Copies.orderedMap(knobs);
        runs = Copies.list(runs);
    }
}
