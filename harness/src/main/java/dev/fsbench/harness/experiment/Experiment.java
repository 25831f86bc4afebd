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
 * @param rates       the offered rates (events/s) every variant runs at, in file order, when the file sweeps
 *                    rates ({@code rates:}); empty when every variant runs at its workload's one rate
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
        boolean quick,
        List<Long> rates) {

    public Experiment {
        engines = List.copyOf(engines);
        variants = List.copyOf(variants);
        comparisons = List.copyOf(comparisons);
        rates = List.copyOf(rates);
    }

    /** This experiment with {@code override} applied to its workload and every variant's (e.g. {@code --cluster}). */
    public Experiment withWorkloads(java.util.function.UnaryOperator<WorkloadSpec> override) {
        List<Variant> overridden = variants.stream()
                .map(v -> new Variant(v.name(), v.knobs(), override.apply(v.workload())))
                .toList();
        return new Experiment(
                name,
                claim,
                source,
                file,
                engines,
                override.apply(workload),
                overridden,
                comparisons,
                repetitions,
                quick,
                rates);
    }

    /** True when every variant runs at each of several rates. */
    public boolean sweeps() {
        return !rates.isEmpty();
    }

    /** True when a comparison asks for the capacity: then each variant run (also) is a capacity search. */
    public boolean searchesCapacity() {
        return comparisons.stream().anyMatch(c -> c.metric().isCapacity());
    }

    /** True when a comparison asks for a figure of a fixed-rate run: then each variant runs at each rate. */
    public boolean runsFixedRates() {
        return comparisons.stream().anyMatch(c -> !c.metric().isCapacity());
    }

    /**
     * A named set of knobs; {@code workload} is the experiment's workload with them set, named for the variant.
     */
    public record Variant(String name, Map<String, String> knobs, WorkloadSpec workload) {

        /** The scenario name of this variant's runs at {@code rate} in a sweep: {@code <experiment>.<variant>.at<rate>}. */
        public static String sweptName(String variantScenario, long rate) {
            return variantScenario + ".at" + rate;
        }

        /** This variant's workload at one rate of a sweep, named for the rate so the labels stay distinct. */
        public WorkloadSpec at(long rate) {
            return workload.withRate(rate).withScenario(sweptName(workload.scenario(), rate));
        }
    }

    /**
     * One claim: {@code better} beats {@code than} on {@code metric}, by {@code effect} (a size or a direction).
     *
     * @param atRate the rate of the sweep whose runs are compared; null when the experiment does not sweep (or
     *               the metric is the capacity)
     */
    public record Comparison(
            String claim,
            ExperimentMetric metric,
            String better,
            String than,
            Double expectedRatio,
            ClaimedEffect effect,
            Long atRate) {}
}
