package dev.fsbench.api.knobs;

import dev.fsbench.api.WorkloadSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every engine, JVM and harness setting in one place: the declared knobs, the engines' pass-through families
 * and the rules across knobs. {@link #plan} checks a workload's settings for one engine before anything starts.
 */
public final class KnobCatalog {

    private static final List<Knob<?>> KNOBS = Stream.of(
                    FlinkSettings.KNOBS,
                    SparkSettings.KNOBS,
                    KafkaStreamsSettings.KNOBS,
                    BaselineSettings.KNOBS,
                    JvmSettings.KNOBS,
                    HarnessSettings.KNOBS,
                    BindSettings.KNOBS,
                    ClusterSettings.KNOBS)
            .flatMap(List::stream)
            .toList();
    private static final Map<String, Knob<?>> BY_KEY = index();
    private static final List<PassThrough> PASS_THROUGHS =
            List.of(FlinkSettings.CONFIGURATION, SparkSettings.CONFIGURATION, KafkaStreamsSettings.CONFIGURATION);
    private static final List<KnobRule> RULES = Stream.of(FlinkSettings.RULES, SparkSettings.RULES)
            .flatMap(List::stream)
            .toList();

    private KnobCatalog() {}

    public static List<Knob<?>> knobs() {
        return KNOBS;
    }

    public static Optional<Knob<?>> knob(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    public static List<PassThrough> passThroughs() {
        return PASS_THROUGHS;
    }

    public static List<KnobRule> rules() {
        return RULES;
    }

    /** The knobs {@code engine} reads, in catalog order. */
    public static List<Knob<?>> knobsFor(String engine) {
        return KNOBS.stream().filter(knob -> knob.appliesTo(engine)).toList();
    }

    /**
     * Checks every key and value of {@code properties}, whichever engine reads them: a key must be a declared
     * knob or belong to a pass-through family, a value must parse.
     *
     * @return the pass-through keys, as the engines will see them
     * @throws KnobException naming every bad key (with the nearest valid one) and every bad value
     */
    public static List<EngineKey> check(Map<String, String> properties) {
        List<String> problems = new ArrayList<>();
        List<EngineKey> passThrough = new ArrayList<>();
        new TreeMap<>(properties).forEach((key, value) -> {
            Knob<?> knob = BY_KEY.get(key);
            if (knob != null) {
                try {
                    knob.parse(value);
                } catch (KnobException e) {
                    problems.add(e.getMessage());
                }
                return;
            }
            Optional<EngineKey> engineKey = engineKey(key);
            if (engineKey.isEmpty()) {
                problems.add("unknown setting " + key + KeySuggestions.didYouMean(key, BY_KEY.keySet()));
                return;
            }
            String owner = engineKey
                    .get()
                    .passThrough()
                    .ownedKeys()
                    .get(engineKey.get().engineKey());
            if (owner != null) {
                problems.add(key + " is set by " + owner + ": use that instead");
                return;
            }
            if (engineKey
                            .get()
                            .passThrough()
                            .loopbackKeys()
                            .contains(engineKey.get().engineKey())
                    && !properties.containsKey(BindSettings.BIND_ADDRESS.key())) {
                problems.add(key + " would move the engine's listeners off loopback (" + BindSettings.LOOPBACK
                        + "), where the harness keeps them: to bind elsewhere, say so with "
                        + BindSettings.BIND_ADDRESS.key() + "=ADDRESS (CLI: --bind-address ADDRESS)");
                return;
            }
            passThrough.add(engineKey.get());
        });
        if (!problems.isEmpty()) {
            throw new KnobException(String.join("\n", problems) + "\n(every setting: bench knobs)");
        }
        return passThrough;
    }

    /**
     * The workload as {@code engine} will run it: settings checked ({@link #check}), the rules of this engine
     * applied, and knobs a rule settles set.
     *
     * @throws KnobException naming every problem
     */
    public static PlannedSettings plan(String engine, WorkloadSpec workload) {
        List<EngineKey> passThrough = check(workload.engineProperties()).stream()
                .filter(key -> key.passThrough().namespace().appliesTo(engine))
                .toList();
        List<String> violations = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        WorkloadSpec planned = workload;
        for (KnobRule rule : RULES) {
            if (!rule.engines().contains(engine)) {
                continue;
            }
            KnobRule.Outcome outcome = rule.apply(planned);
            if (outcome instanceof KnobRule.Violated violated) {
                violations.add(violated.why());
            } else if (outcome instanceof KnobRule.Settled settled) {
                Map<String, String> properties = new LinkedHashMap<>(planned.engineProperties());
                properties.put(settled.knob(), settled.value());
                planned = planned.withEngineProperties(properties);
                notes.add(settled.why());
            }
        }
        if (!violations.isEmpty()) {
            throw new KnobException(String.join("\n", violations));
        }
        return new PlannedSettings(planned, notes, passThrough);
    }

    /** Checks the rules of {@code engine} only; for engines validating a workload they were handed. */
    public static void requireRules(String engine, WorkloadSpec workload) {
        for (KnobRule rule : RULES) {
            if (rule.engines().contains(engine) && rule.apply(workload) instanceof KnobRule.Violated violated) {
                throw new KnobException(violated.why());
            }
        }
    }

    /** The pass-through family {@code key} belongs to, if it is not a declared knob. */
    public static Optional<EngineKey> engineKey(String key) {
        if (BY_KEY.containsKey(key)) {
            return Optional.empty();
        }
        for (PassThrough family : PASS_THROUGHS) {
            Optional<String> engineKey = family.engineKey(key);
            if (engineKey.isPresent()) {
                return Optional.of(new EngineKey(key, engineKey.get(), family));
            }
        }
        return Optional.empty();
    }

    /** The pass-through settings of {@code family} in {@code properties}: engine key to value. */
    public static Map<String, String> passThrough(PassThrough family, Map<String, String> properties) {
        Map<String, String> engineSettings = new TreeMap<>();
        properties.forEach((key, value) -> engineKey(key)
                .filter(engineKey -> engineKey.passThrough() == family)
                .ifPresent(engineKey -> engineSettings.put(engineKey.engineKey(), value)));
        return engineSettings;
    }

    private static Map<String, Knob<?>> index() {
        Map<String, Knob<?>> byKey = new LinkedHashMap<>();
        for (Knob<?> knob : KNOBS) {
            if (byKey.put(knob.key(), knob) != null) {
                throw new IllegalStateException("knob " + knob.key() + " is declared twice");
            }
        }
        return byKey;
    }

    /** A pass-through setting: the key as written, the engine's own key, and its family. */
    public record EngineKey(String knobKey, String engineKey, PassThrough passThrough) {}

    /**
     * One workload's settings as planned for one engine.
     *
     * @param notes       what the plan chose on the user's behalf, for the console
     * @param passThrough the engine's own settings in the workload, to check against the engine's registry
     */
    public record PlannedSettings(WorkloadSpec workload, List<String> notes, List<EngineKey> passThrough) {
        public PlannedSettings {
            notes = List.copyOf(notes);
            passThrough = List.copyOf(passThrough);
        }
    }
}
