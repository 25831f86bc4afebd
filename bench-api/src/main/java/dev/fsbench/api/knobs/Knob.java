package dev.fsbench.api.knobs;

import dev.fsbench.api.WorkloadSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One setting, declared once: key, type, default, description and the engines that read it. Engines and the
 * harness read a knob through its declaration ({@link #get}, {@link #find}), never through its key's text.
 *
 * @param defaultValue null when the default is not a constant ({@code defaultText} then says what it is)
 * @param defaultText  the default as the reference shows it, e.g. "10000" or "local[parallelism]"
 * @param engines      the engines that read this knob: a subset of its namespace's, all of them if empty
 */
public record Knob<T>(
        String key, KnobType<T> type, T defaultValue, String defaultText, String description, List<String> engines) {

    public Knob {
        Objects.requireNonNull(key, "key");
        if (KnobNamespace.of(key) == null) {
            throw new IllegalArgumentException("knob " + key + " is in no namespace");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultText, "defaultText");
        Objects.requireNonNull(description, "description");
        engines = List.copyOf(engines);
    }

    /** A knob without a constant default; chain {@link #withDefault} or {@link #withDerivedDefault}. */
    public static <T> Knob<T> of(String key, KnobType<T> type, String description) {
        return new Knob<>(key, type, null, "none", description, List.of());
    }

    public Knob<T> withDefault(T value) {
        return new Knob<>(key, type, value, String.valueOf(value), description, engines);
    }

    /** The default depends on the workload or the engine: the reader passes it to {@link #getOr}. */
    public Knob<T> withDerivedDefault(String text) {
        return new Knob<>(key, type, null, text, description, engines);
    }

    public Knob<T> readBy(String... engineNames) {
        return new Knob<>(key, type, defaultValue, defaultText, description, List.of(engineNames));
    }

    public KnobNamespace namespace() {
        return KnobNamespace.of(key);
    }

    /** The engines that read this knob, never empty. */
    public List<String> readingEngines() {
        if (!engines.isEmpty()) {
            return engines;
        }
        List<String> byNamespace = namespace().engines();
        return byNamespace.isEmpty() ? Engines.ALL : byNamespace;
    }

    public boolean appliesTo(String engine) {
        return readingEngines().contains(engine);
    }

    /** The value of {@code text}, or a {@link KnobException} naming key, value and the allowed values. */
    public T parse(String text) {
        try {
            return type.parse(text);
        } catch (RuntimeException e) {
            throw new KnobException("bad value for " + key + ": '" + text + "' (allowed: " + type.allowed() + ")");
        }
    }

    /** The value set in {@code properties}, parsed; empty if not set (or blank). */
    public Optional<T> find(Map<String, String> properties) {
        String text = properties.get(key);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(parse(text));
    }

    public Optional<T> find(WorkloadSpec workload) {
        return find(workload.engineProperties());
    }

    /** The value set in the workload, else the declared default. */
    public T get(WorkloadSpec workload) {
        if (defaultValue == null) {
            throw new IllegalStateException(key + " has no constant default (" + defaultText + "): use getOr");
        }
        return find(workload).orElse(defaultValue);
    }

    /** The value set in the workload, else {@code derivedDefault} (for knobs whose default depends on it). */
    public T getOr(WorkloadSpec workload, T derivedDefault) {
        return find(workload).orElse(derivedDefault);
    }

    public boolean isSet(WorkloadSpec workload) {
        return find(workload).isPresent();
    }
}
