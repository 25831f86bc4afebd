package dev.fsbench.harness.experiment;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.EngineDrivers;
import dev.fsbench.harness.scenario.Scenario;
import dev.fsbench.harness.scenario.ScenarioName;
import dev.fsbench.harness.scenario.ScenarioReader;
import dev.fsbench.harness.scenario.WorkloadDefaults;
import dev.fsbench.results.ClaimedEffect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an experiment file as written into an {@link Experiment}, checking every value: each problem is an
 * {@link IllegalArgumentException} naming the file and the key. Knobs are checked against the catalog later, per
 * engine, by the command (the catalog's planner knows which engine reads which knob).
 */
final class ExperimentCheck {

    /** Repetitions when the file gives none: three figures a side, the fewest for a useful Welch interval. */
    static final int DEFAULT_REPETITIONS = 3;

    /** Repetitions under --quick when the file's quick block gives none. */
    static final int DEFAULT_QUICK_REPETITIONS = 2;

    private ExperimentCheck() {}

    static Experiment check(Path file, ExperimentFile text, boolean quick) {
        String origin = "experiment " + file;
        String name = text.name() != null
                ? text.name()
                : file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        ScenarioName.check(name, origin + " (key 'name', or the file's name without one)");
        String claim = required(origin, "claim", text.claim());
        List<String> engines = engines(origin, text.engines());
        Scenario shared = sharedWorkload(file, origin, text, quick);
        int repetitions = repetitions(origin, text, quick);
        List<Long> rates = RateSweepCheck.rates(origin, text.rates(), text.workload());
        List<Experiment.Variant> variants = variants(origin, name, shared, rates, text.variants());
        List<Experiment.Comparison> comparisons = comparisons(origin, claim, variants, rates, text.comparisons());
        WorkloadSpec workload = WorkloadDefaults.toSpec(shared, name);
        return new Experiment(
                name, claim, text.source(), file, engines, workload, variants, comparisons, repetitions, quick, rates);
    }

    private static String required(String origin, String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(origin + ": key '" + key + "' is missing or empty");
        }
        return value.strip();
    }

    private static List<String> engines(String origin, List<String> engines) {
        if (engines == null || engines.isEmpty()) {
            throw new IllegalArgumentException(origin + ": key 'engines' is missing or empty (e.g. [flink])");
        }
        for (String engine : engines) {
            try {
                EngineDrivers.byName(engine);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + ": key 'engines': " + e.getMessage());
            }
        }
        if (new HashSet<>(engines).size() != engines.size()) {
            throw new IllegalArgumentException(origin + ": key 'engines' names an engine twice: " + engines);
        }
        return engines;
    }

    /** The base scenario (relative to the file), the file's workload keys, then --quick's phases. */
    private static Scenario sharedWorkload(Path file, String origin, ExperimentFile text, boolean quick) {
        Scenario base = Scenario.empty();
        if (text.scenario() != null) {
            Path dir = file.toAbsolutePath().getParent();
            base = ScenarioReader.read(dir.resolve(text.scenario()).normalize());
        }
        Scenario overrides = workloadKeys(origin, "workload", text.workload());
        Scenario merged = WorkloadDefaults.merge(base, overrides);
        // a base scenario's engines and repeat are ignored: the experiment's engines and repetitions decide
        if (quick && text.quick() != null) {
            merged = WorkloadDefaults.merge(
                    merged, named(null, text.quick().warmup(), text.quick().duration(), null));
        }
        try {
            WorkloadDefaults.toSpec(merged, "experiment");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": the workload is not valid: " + e.getMessage());
        }
        return merged;
    }

    /** A workload block's scenario keys, refusing those the experiment sets itself. */
    private static Scenario workloadKeys(String origin, String key, Scenario workload) {
        if (workload == null) {
            return Scenario.empty();
        }
        Map<String, Boolean> unset = Map.of(
                "engines", workload.engines() == null,
                "repeat", workload.repeat() == null,
                "name", workload.name() == null,
                "capacity", workload.capacity() == null,
                "engineProperties", key.equals("workload") || workload.engineProperties() == null);
        unset.forEach((name, isUnset) -> {
            if (!isUnset) {
                throw new IllegalArgumentException(origin + ": key '" + key + "." + name + "' is not allowed in an"
                        + " experiment (engines, repetitions, the variants' names and knobs are the experiment's"
                        + " own keys)");
            }
        });
        return workload;
    }

    private static int repetitions(String origin, ExperimentFile text, boolean quick) {
        Integer given = quick ? (text.quick() == null ? null : text.quick().repetitions()) : text.repetitions();
        int repetitions = given != null ? given : quick ? Math.min(DEFAULT_QUICK_REPETITIONS, full(text)) : full(text);
        if (repetitions < 2) {
            throw new IllegalArgumentException(origin + ": key '" + (quick ? "quick.repetitions" : "repetitions")
                    + "' must be at least 2 (an interval needs two figures per variant), got " + repetitions);
        }
        return repetitions;
    }

    private static int full(ExperimentFile text) {
        return text.repetitions() != null ? text.repetitions() : DEFAULT_REPETITIONS;
    }

    private static List<Experiment.Variant> variants(
            String origin, String name, Scenario shared, List<Long> rates, List<ExperimentFile.VariantText> texts) {
        if (texts == null || texts.size() < 2) {
            throw new IllegalArgumentException(origin + ": key 'variants' needs at least two variants");
        }
        List<Experiment.Variant> variants = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            ExperimentFile.VariantText text = texts.get(i);
            String key = "variants[" + i + "]";
            String variant = required(origin, key + ".name", text.name());
            if (!names.add(variant)) {
                throw new IllegalArgumentException(
                        origin + ": key '" + key + ".name': variant '" + variant + "' is named twice");
            }
            String workloadName =
                    ScenarioName.check(name + "." + variant, origin + ": key '" + key + ".name' (with the name)");
            RateSweepCheck.checkVariant(origin, key, text.workload(), workloadName, rates);
            Map<String, String> knobs = text.knobs() == null ? Map.of() : new LinkedHashMap<>(text.knobs());
            knobs.forEach((k, v) -> {
                if (v == null) {
                    throw new IllegalArgumentException(origin + ": key '" + key + ".knobs." + k + "' has no value");
                }
            });
            Scenario own = WorkloadDefaults.merge(shared, workloadKeys(origin, key + ".workload", text.workload()));
            WorkloadSpec spec;
            try {
                spec = WorkloadDefaults.toSpec(
                        WorkloadDefaults.merge(own, named(workloadName, null, null, knobs)), name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + ": key '" + key + ".workload': " + e.getMessage());
            }
            variants.add(new Experiment.Variant(variant, knobs, spec));
        }
        return variants;
    }

    private static List<Experiment.Comparison> comparisons(
            String origin,
            String claim,
            List<Experiment.Variant> variants,
            List<Long> rates,
            List<ExperimentFile.ComparisonText> texts) {
        if (texts == null || texts.isEmpty()) {
            throw new IllegalArgumentException(origin + ": key 'comparisons' needs at least one comparison");
        }
        Set<String> variantNames = new HashSet<>();
        variants.forEach(v -> variantNames.add(v.name()));
        List<Experiment.Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            ExperimentFile.ComparisonText text = texts.get(i);
            String key = "comparisons[" + i + "]";
            ExperimentMetric metric;
            try {
                metric = ExperimentMetric.byKey(required(origin, key + ".metric", text.metric()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + ": key '" + key + ".metric': " + e.getMessage());
            }
            String better = variant(origin, key + ".better", text.better(), variantNames);
            String than = variant(origin, key + ".than", text.than(), variantNames);
            if (better.equals(than)) {
                throw new IllegalArgumentException(
                        origin + ": key '" + key + "': 'better' and 'than' name the same variant");
            }
            comparisons.add(new Experiment.Comparison(
                    text.claim() != null ? text.claim().strip() : claim,
                    metric,
                    better,
                    than,
                    text.expectedRatio(),
                    effect(origin, key, text),
                    RateSweepCheck.atRate(origin, key, text.atRate(), metric, rates)));
        }
        return comparisons;
    }

    private static String variant(String origin, String key, String value, Set<String> names) {
        String name = required(origin, key, value);
        if (!names.contains(name)) {
            throw new IllegalArgumentException(
                    origin + ": key '" + key + "': no variant '" + name + "' (variants: " + names + ")");
        }
        return name;
    }

    /** A sized claim takes {@link ClaimedEffect#about}'s band; the minimum effect is 5% unless given. */
    private static ClaimedEffect effect(String origin, String key, ExperimentFile.ComparisonText text) {
        double minimum = text.minimumEffect() != null ? text.minimumEffect() : ClaimedEffect.DEFAULT_MINIMUM_EFFECT;
        try {
            if (text.expectedRatio() == null) {
                return new ClaimedEffect(null, null, null, minimum);
            }
            ClaimedEffect about = ClaimedEffect.about(text.expectedRatio());
            return new ClaimedEffect(text.expectedRatio(), about.bandLow(), about.bandHigh(), minimum);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    origin + ": key '" + key + ".expectedRatio' or '" + key + ".minimumEffect': " + e.getMessage());
        }
    }

    /** Scenario overrides with only a name, phases and knobs (null: unchanged). */
    private static Scenario named(String name, String warmup, String duration, Map<String, String> knobs) {
        return new Scenario(
                name, null, null, null, duration, warmup, null, null, null, null, null, null, null, null, null, knobs);
    }
}
