package dev.fsbench.results;

import java.util.List;

/**
 * One experiment file as run: a tuning claim tested end to end by running its variants (knob sets) interleaved
 * on the same workload and seed, and judging each comparison with an interval in the {@link ClaimVerdict}
 * vocabulary.
 *
 * @param name        the experiment's name (from its file)
 * @param claim       the main claim, one sentence
 * @param source      where the claim comes from (a guide, the seed notes)
 * @param engines     the engines the variants ran on
 * @param file        the experiment file as given on the command line
 * @param quick       true when run with --quick (fewer repetitions, shorter phases): a cheaper, weaker answer
 * @param order       the workloads' labels in the order they ran (A B A B ...: interleaved, never A A B B)
 * @param variants    each variant with its knobs and its runs
 * @param comparisons the claims judged, the main claim first
 * @param verdict     the main claim's verdict (the first comparison's); inconclusive without comparisons
 * @param settlingRun the label of the workload that ran first to settle the machine (the first variant, run in
 *                    full) and is left out of every comparison and of {@code variants}; first in {@code order}.
 *                    Null when none ran (a capacity-only experiment, results written before settling runs)
 */
public record ExperimentResult(
        String name,
        String claim,
        String source,
        List<String> engines,
        String file,
        boolean quick,
        List<String> order,
        List<ExperimentVariant> variants,
        List<ExperimentComparison> comparisons,
        ClaimVerdict verdict,
        String settlingRun) {

    public ExperimentResult {
        engines = Copies.list(engines);
        order = Copies.list(order);
        variants = Copies.list(variants);
        comparisons = Copies.list(comparisons);
    }
}
