package dev.fsbench.harness.experiment;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.results.ClaimedEffect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An experiment as checked before anything starts: the claim, the workload every variant shares (same seed), the
 * variants and the comparisons to judge. Built by {@link ExperimentReader}.
 *
 * @param name        unique among the experiments of one command
 * @param file        the file it was read from
 * @param engines     engine names, in order
 * @param workload    the shared workload (quick settings applied when run with --quick)
 * @param variants    in file order; the interleaved order runs them in this order within each round
 * @param comparisons the main claim first
 * @param repetitions rounds of the variants
 * @param quick       true when --quick settings apply
 */
public record Experiment(
        String name,
        String claim,
        String source,
        Path file,
        List<String> engines,
        WorkloadSpec workload,
        List<Variant> variants,
        List<Comparison> comparisons,
        int repetitions,
        boolean quick) {

    public Experiment {
        engines = List.copyOf(engines);
        variants = List.copyOf(variants);
        comparisons = List.copyOf(comparisons);
    }

    /** A named set of knobs; {@code workload} is the experiment's workload with them set, named for the variant. */
    public record Variant(String name, Map<String, String> knobs, WorkloadSpec workload) {}

    /**
     * One claim: {@code better} beats {@code than} on {@code metric}, by {@code effect} (a size or a direction).
     */
    public record Comparison(
            String claim,
            ExperimentMetric metric,
            String better,
            String than,
            Double expectedRatio,
            ClaimedEffect effect) {}
}
