package dev.fsbench.api.knobs;

import dev.fsbench.api.WorkloadSpec;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A rule across knobs, or between knobs and the workload, checked when a run is planned for one of
 * {@code engines}. A rule may also settle a knob the user left unset (e.g. pick a batch interval that fits the
 * window) instead of failing.
 *
 * @param description the rule as the reference states it
 */
public record KnobRule(String description, List<String> engines, Function<WorkloadSpec, Outcome> check) {

    public KnobRule {
        Objects.requireNonNull(description, "description");
        engines = List.copyOf(engines);
        Objects.requireNonNull(check, "check");
    }

    public Outcome apply(WorkloadSpec workload) {
        return check.apply(workload);
    }

    /** What a rule says about one workload. */
    public sealed interface Outcome {}

    public record Satisfied() implements Outcome {}

    /** The workload cannot run as given; {@code why} names the knobs and what would work. */
    public record Violated(String why) implements Outcome {}

    /** Satisfied once {@code knob} is set to {@code value}, which the user left unset; {@code why} says so. */
    public record Settled(String knob, String value, String why) implements Outcome {}

    public static Outcome satisfied() {
        return new Satisfied();
    }
}
