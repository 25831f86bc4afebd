package dev.fsbench.harness.capacity;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.generator.RateSchedule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stepped ramp in one engine instance: a warm-up at the first rate, then one step of {@code stepMs} per rate.
 * Each step is judged on its own wall-clock slice, less its first {@code transitionMs}: there the engine is still
 * working off what the previous, lower step left in flight (open windows, a micro-batch sized for the old rate),
 * so its seconds describe neither step. The measured phase is the steps; the last rate holds through the drain.
 */
public record RampPlan(List<Long> rates, long warmupMs, long stepMs, long transitionMs) {

    /** After the load, how long a ramp waits for what the engine owes: its verdicts are in by then. */
    static final long COMPLETION_WAIT_MS = 10_000;

    public RampPlan {
        rates = List.copyOf(rates);
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("a ramp needs at least one rate");
        }
        if (transitionMs < 0 || transitionMs >= stepMs) {
            throw new IllegalArgumentException(
                    "a step's transition (" + transitionMs + " ms) must be shorter than the step (" + stepMs + " ms)");
        }
    }

    /**
     * The transition skipped at the start of each step: a window slide plus the out-of-orderness (the time a
     * window needs before the step's rate fills the windows that close), at least 3 s (a few engine batches and
     * watermark intervals), at most half the step.
     */
    public static long transitionMs(WorkloadSpec spec, long stepMs) {
        long settle = Math.max(3_000, spec.window().slideMs() + spec.outOfOrdernessMs());
        return Math.min(stepMs / 2, settle);
    }

    public RateSchedule schedule() {
        List<RateSchedule.Step> steps = new ArrayList<>();
        for (int k = 0; k < rates.size(); k++) {
            steps.add(new RateSchedule.Step(k == 0 ? warmupMs + stepMs : stepMs, rates.get(k)));
        }
        return RateSchedule.steps(steps);
    }

    /** The base workload as this ramp runs it: its phases, its peak rate as the nominal one, a short final wait. */
    public WorkloadSpec spec(WorkloadSpec base, String scenario) {
        Map<String, String> props = new LinkedHashMap<>(base.engineProperties());
        props.putIfAbsent(HarnessSettings.COMPLETION_TIMEOUT_MS.key(), Long.toString(COMPLETION_WAIT_MS));
        props.putIfAbsent(HarnessSettings.COMPLETION_MAX_MS.key(), Long.toString(COMPLETION_WAIT_MS));
        // the steps are fixed on the schedule's clock: a warm-up ending early would not move them
        props.put(HarnessSettings.WARMUP_UNTIL_STEADY.key(), "false");
        return base.withRate(rates.stream().mapToLong(Long::longValue).max().orElseThrow())
                .withPhases(warmupMs, stepMs * rates.size())
                .withScenario(scenario)
                .withEngineProperties(props);
    }

    /** Wall-clock epoch ms [from, to) over which step {@code k} is judged, for a schedule started then. */
    public long[] judgedSlice(int k, long scheduleStartEpochMs) {
        long stepStart = scheduleStartEpochMs + warmupMs + k * stepMs;
        return new long[] {stepStart + transitionMs, stepStart + stepMs};
    }
}
