package dev.fsbench.harness.experiment;

import dev.fsbench.harness.scenario.Scenario;
import dev.fsbench.harness.scenario.ScenarioName;
import java.util.HashSet;
import java.util.List;

/**
 * The checks of an experiment's rate sweep ({@code rates: [5000, 20000, 200000]}): every variant runs at every
 * rate, and each comparison of a fixed-rate figure names the rate it is judged at ({@code atRate}). Each problem is
 * an {@link IllegalArgumentException} naming the file and the key (exit code 2 before anything starts).
 */
final class RateSweepCheck {

    private RateSweepCheck() {}

    /**
     * The file's rates in file order, empty when it does not sweep.
     *
     * @param workload the file's own {@code workload:} block (null without one)
     */
    static List<Long> rates(String origin, List<Long> rates, Scenario workload) {
        if (rates == null) {
            return List.of();
        }
        if (rates.size() < 2) {
            throw new IllegalArgumentException(origin + ": key 'rates' needs at least two rates (events/s), got "
                    + rates + "; for one rate set 'workload.rate'");
        }
        for (Long rate : rates) {
            if (rate == null || rate <= 0) {
                throw new IllegalArgumentException(
                        origin + ": key 'rates': every rate must be a positive number of events/s, got " + rates);
            }
        }
        if (new HashSet<>(rates).size() != rates.size()) {
            throw new IllegalArgumentException(origin + ": key 'rates' names a rate twice: " + rates);
        }
        if (workload != null && workload.rate() != null) {
            throw new IllegalArgumentException(origin + ": keys 'rates' and 'workload.rate' are both set: a sweep"
                    + " runs every variant at each of 'rates', so give the rate in one place only");
        }
        return List.copyOf(rates);
    }

    /**
     * A variant of a sweep may not set its own rate, and its workloads' names at every rate must be allowed.
     *
     * @param key          e.g. "variants[1]"
     * @param scenarioName the variant's scenario name, {@code <experiment>.<variant>}
     */
    static void checkVariant(String origin, String key, Scenario workload, String scenarioName, List<Long> rates) {
        if (rates.isEmpty()) {
            return;
        }
        if (workload != null && workload.rate() != null) {
            throw new IllegalArgumentException(origin + ": key '" + key + ".workload.rate' is not allowed when the"
                    + " file sweeps 'rates': every variant runs at each of them");
        }
        for (long rate : rates) {
            ScenarioName.check(
                    Experiment.Variant.sweptName(scenarioName, rate),
                    origin + ": key '" + key + ".name' (with the name and the rate " + rate + ")");
        }
    }

    /**
     * The rate a comparison is judged at: required and one of the rates when the file sweeps, refused when it
     * does not (there is one rate) and for the capacity (found by its own search, at no given rate).
     *
     * @param key e.g. "comparisons[0]"
     */
    static Long atRate(String origin, String key, Long atRate, ExperimentMetric metric, List<Long> rates) {
        if (metric.isCapacity()) {
            if (atRate != null) {
                throw new IllegalArgumentException(origin + ": key '" + key + ".atRate' is not allowed for "
                        + metric.key() + ": a capacity search finds its own rate");
            }
            return null;
        }
        if (rates.isEmpty()) {
            if (atRate != null) {
                throw new IllegalArgumentException(origin + ": key '" + key + ".atRate' is only allowed when the"
                        + " file sweeps 'rates' (without them every variant runs at the workload's one rate)");
            }
            return null;
        }
        if (atRate == null) {
            throw new IllegalArgumentException(origin + ": key '" + key + ".atRate' is missing: the file sweeps"
                    + " 'rates' " + rates + ", so each comparison names the rate it is judged at");
        }
        if (!rates.contains(atRate)) {
            throw new IllegalArgumentException(
                    origin + ": key '" + key + ".atRate': " + atRate + " is not one of the file's 'rates' " + rates);
        }
        return atRate;
    }
}
