package dev.fsbench.harness.experiment;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fsbench.harness.scenario.Scenario;
import java.util.List;
import java.util.Map;

/**
 * An experiment file as written (experiments/*.yaml); {@link ExperimentReader} reads it strictly (unknown keys
 * rejected) and turns it into an {@link Experiment}. docs/experiments.md describes every key.
 *
 * @param name        the experiment's name (default: the file's name); with each variant's name it names the
 *                    workloads, so it follows the scenario-name rules
 * @param claim       the main claim, one sentence
 * @param source      where the claim comes from
 * @param engines     the engines to run every variant on
 * @param scenario    the base scenario file, relative to this file (optional: defaults without one)
 * @param workload    scenario keys overriding the base scenario (same keys as a scenario file, engines excepted)
 * @param variants    two or more named knob sets
 * @param comparisons the claims to judge, the main claim first
 * @param repetitions runs of each variant on each engine (at least 2: an interval needs two figures a side)
 * @param quick       what --quick changes: fewer repetitions, shorter warm-up and measured phase
 * @param rates       offered rates (events/s) to run every variant at, for latency-vs-rate curves (optional: without
 *                    it every variant runs at the workload's rate); not together with {@code workload.rate}
 */
public record ExperimentFile(
        @JsonProperty("name") String name,
        @JsonProperty("claim") String claim,
        @JsonProperty("source") String source,
        @JsonProperty("engines") List<String> engines,
        @JsonProperty("scenario") String scenario,
        @JsonProperty("workload") Scenario workload,
        @JsonProperty("variants") List<VariantText> variants,
        @JsonProperty("comparisons") List<ComparisonText> comparisons,
        @JsonProperty("repetitions") Integer repetitions,
        @JsonProperty("quick") QuickText quick,
        @JsonProperty("rates") List<Long> rates) {

    /**
     * variants: [{name: reuse, knobs: {flink.objectReuse: true}}]; {@code workload} overrides scenario keys for this
     * variant only (e.g. {distribution: zipf, zipfExponent: 1.5} for the skew experiments: then the variants'
     * events differ by design).
     */
    public record VariantText(
            @JsonProperty("name") String name,
            @JsonProperty("knobs") Map<String, String> knobs,
            @JsonProperty("workload") Scenario workload) {}

    /**
     * comparisons: [{metric: latencyP99Ms, better: reuse, than: copy, expectedRatio: 1.3}]; claim defaults to the
     * experiment's, expectedRatio to a direction-only claim, minimumEffect to 0.05. {@code atRate} names the rate
     * of the file's {@code rates} whose runs are compared (required when the file sweeps rates, refused otherwise).
     */
    public record ComparisonText(
            @JsonProperty("claim") String claim,
            @JsonProperty("metric") String metric,
            @JsonProperty("better") String better,
            @JsonProperty("than") String than,
            @JsonProperty("expectedRatio") Double expectedRatio,
            @JsonProperty("minimumEffect") Double minimumEffect,
            @JsonProperty("atRate") Long atRate) {}

    /** quick: {repetitions: 2, warmup: 10s, duration: 15s}; absent keys keep the full values. */
    public record QuickText(
            @JsonProperty("repetitions") Integer repetitions,
            @JsonProperty("warmup") String warmup,
            @JsonProperty("duration") String duration) {}
}
