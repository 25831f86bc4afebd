package dev.fsbench.api.knobs;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A family of keys handed to an engine's own configuration unchanged (less {@code stripPrefix}), so every
 * setting the engine has stays reachable. The catalog cannot know them; the engine's own registry of settings
 * checks them before the run starts.
 *
 * @param prefix        keys starting with this that are not declared knobs belong to the engine
 * @param stripPrefix   whether the engine's key is the key without {@code prefix} (Flink) or the key itself (Spark)
 * @param needsDotAfter whether the rest after {@code prefix} must contain a dot (Flink's keys all do; this
 *                      keeps a misspelt knob such as {@code flink.objectReus} from passing as a Flink key)
 * @param ownedKeys     engine keys a declared knob sets (engine key to knob key): setting them directly is refused
 * @param loopbackKeys  engine keys that decide where the engine listens: refused unless
 *                      {@link BindSettings#BIND_ADDRESS} is set, applied after every pass-through setting
 */
public record PassThrough(
        KnobNamespace namespace,
        String prefix,
        boolean stripPrefix,
        boolean needsDotAfter,
        String description,
        Map<String, String> ownedKeys,
        Set<String> loopbackKeys) {

    public PassThrough {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(description, "description");
        ownedKeys = Map.copyOf(ownedKeys);
        loopbackKeys = Set.copyOf(loopbackKeys);
    }

    /** The engine's own key for {@code key}, if {@code key} belongs to this family. */
    public Optional<String> engineKey(String key) {
        if (!key.startsWith(prefix) || key.length() == prefix.length()) {
            return Optional.empty();
        }
        String rest = key.substring(prefix.length());
        if (needsDotAfter && (!rest.contains(".") || rest.startsWith(".") || rest.endsWith("."))) {
            return Optional.empty();
        }
        return Optional.of(stripPrefix ? rest : key);
    }

    /** How a user writes {@code engineKey} as a knob. */
    public String knobKey(String engineKey) {
        return stripPrefix ? prefix + engineKey : engineKey;
    }
}
