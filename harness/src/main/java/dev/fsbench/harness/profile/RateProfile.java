package dev.fsbench.harness.profile;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.generator.RateSchedule;
import dev.fsbench.harness.scenario.RateStepText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A workload's rate profile ({@code harness.rateProfile}) resolved against its rate: the warm-up at the workload's
 * rate, then each step for its duration, on the same stepped {@link RateSchedule} the capacity search's ramps use
 * (every event carries its scheduled time, so no coordinated omission). The measured phase is the steps; the last
 * step's rate holds through the drain.
 *
 * @param baseRate the workload's rate: the warm-up's, and what a step must exceed to be a burst
 * @param steps    the steps' rates and durations, in order
 */
public record RateProfile(long baseRate, long warmupMs, List<Step> steps) {

    /** One step as it runs: {@code ratePerSec} from {@code offsetMs} after the measured phase's start. */
    public record Step(int index, long offsetMs, long durationMs, long ratePerSec, String text) {
        public long endOffsetMs() {
            return offsetMs + durationMs;
        }
    }

    public RateProfile {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a rate profile needs at least one step");
        }
    }

    /** The workload's profile, if it has one. */
    public static Optional<RateProfile> of(WorkloadSpec spec) {
        return HarnessSettings.RATE_PROFILE
                .find(spec)
                .map(text -> resolve(RateStepText.parseAll(text), spec.ratePerSec(), spec.warmupMs()));
    }

    /** The written steps on a workload of {@code baseRate}, after a warm-up of {@code warmupMs}. */
    public static RateProfile resolve(List<RateStepText.Step> written, long baseRate, long warmupMs) {
        List<Step> steps = new ArrayList<>();
        long at = 0;
        for (int k = 0; k < written.size(); k++) {
            RateStepText.Step step = written.get(k);
            steps.add(new Step(k, at, step.durationMs(), step.rate(baseRate), step.text()));
            at = Math.addExact(at, step.durationMs());
        }
        return new RateProfile(baseRate, warmupMs, steps);
    }

    /** The measured phase: every step's duration. */
    public long durationMs() {
        return steps.get(steps.size() - 1).endOffsetMs();
    }

    /** The steps above the workload's rate: the bursts. */
    public List<Step> bursts() {
        return steps.stream().filter(s -> s.ratePerSec() > baseRate).toList();
    }

    /** The generator's schedule: the warm-up at the base rate, then the steps. */
    public RateSchedule schedule() {
        List<RateSchedule.Step> schedule = new ArrayList<>();
        if (warmupMs > 0) {
            schedule.add(new RateSchedule.Step(warmupMs, baseRate));
        }
        steps.forEach(s -> schedule.add(new RateSchedule.Step(s.durationMs(), s.ratePerSec())));
        return RateSchedule.steps(schedule);
    }
}
