package dev.fsbench.harness.capacity;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.engine.EngineDriver;
import dev.fsbench.harness.run.WorkloadPlan;
import dev.fsbench.harness.run.WorkloadRunner;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.Verification;
import dev.fsbench.results.WorkloadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The real {@link Prober}: every call is one engine instance run by the harness's {@link WorkloadRunner}. Ramps
 * run a {@link RampPlan} and are judged step by step ({@link ProbeJudge}); a confirming run is an ordinary
 * fixed-rate workload, judged as every workload is. The workload results are handed to {@code onWorkload} (their
 * files stay in the run directory, under the workload's label).
 */
public final class WorkloadProber implements Prober {

    /** A ramp stops once the engine is this far behind beyond its open windows. */
    static final long MAX_BEHIND_MS = 10_000;

    private final WorkloadRunner runner;
    private final EngineDriver engine;
    private final WorkloadSpec base;
    private final ProbeTiming timing;
    private final Consumer<WorkloadResult> onWorkload;
    private int runs;

    /**
     * @param base   the scenario's workload: its warm-up and duration are the confirming run's
     * @param timing step length and the ramps' warm-up
     */
    public WorkloadProber(
            WorkloadRunner runner,
            EngineDriver engine,
            WorkloadSpec base,
            ProbeTiming timing,
            Consumer<WorkloadResult> onWorkload) {
        this.runner = runner;
        this.engine = engine;
        this.base = base;
        this.timing = timing;
        this.onWorkload = onWorkload;
    }

    /** How long each ramp step lasts and how long a ramp warms up at its first rate. */
    public record ProbeTiming(long stepMs, long rampWarmupMs) {}

    @Override
    public Run run(Phase phase, List<Long> rates) {
        runs++;
        String scenario = base.scenario() + "-" + phase.label() + runs;
        return phase == Phase.CONFIRM ? confirm(rates.get(0), scenario) : ramp(phase, rates, scenario);
    }

    private Run confirm(long rate, String scenario) {
        WorkloadSpec spec = base.withRate(rate).withScenario(scenario);
        WorkloadResult result = runner.run(new WorkloadPlan(engine, spec, 1));
        onWorkload.accept(result);
        String failure = engineFailure(result, true);
        boolean generatorKept = result.status() != RunStatus.INVALID
                && result.generator() != null
                && result.generator().maxScheduleLagMs() <= HarnessSettings.MAX_SCHEDULE_LAG_MS.get(spec);
        ProbeOutcome outcome = ProbeJudge.whole(Phase.CONFIRM.label(), rate, result, generatorKept);
        return new Run(failure == null ? List.of(outcome) : List.of(), failure);
    }

    private Run ramp(Phase phase, List<Long> rates, String scenario) {
        WorkloadSpec first = base.withRate(rates.get(0));
        RampPlan ramp = new RampPlan(
                rates, timing.rampWarmupMs(), timing.stepMs(), RampPlan.transitionMs(first, timing.stepMs()));
        WorkloadSpec spec = ramp.spec(base, scenario);
        BehindStop stop = new BehindStop(ramp.schedule(), spec, MAX_BEHIND_MS);
        WorkloadResult result = runner.run(new WorkloadPlan(engine, spec, 1), ramp.schedule(), stop);
        onWorkload.accept(result);
        String failure = engineFailure(result, false);
        if (failure != null) {
            return new Run(List.of(), failure);
        }
        List<ProbeOutcome> probes = new ArrayList<>();
        long stoppedAt = stop.stoppedAtEpochMs();
        String cutShort =
                String.format("the engine fell more than %,d s behind; the ramp stopped", stop.maxBehindMs() / 1000);
        for (int k = 0; k < rates.size(); k++) {
            long[] slice = ramp.judgedSlice(k, result.generator().startEpochMs());
            boolean stoppedInStep = stoppedAt != 0 && stoppedAt < slice[1];
            ProbeOutcome outcome = ProbeJudge.step(
                    phase.label(), rates.get(k), result, spec, slice[0], slice[1], stoppedInStep ? cutShort : null);
            probes.add(outcome);
            if (!outcome.sustained()) {
                break; // later steps ran on top of this one's backlog: they say nothing
            }
        }
        return new Run(probes, null);
    }

    /**
     * Why the engine failed, or null: it crashed or could not run (a failure reason other than the generator's),
     * or its output was wrong (wrong, duplicated or unexpected windows anywhere; in a confirming run missing
     * windows too: a ramp stopped early leaves windows behind, which are not lost ones).
     */
    static String engineFailure(WorkloadResult result, boolean confirming) {
        if (result.status() == RunStatus.INVALID) {
            return null;
        }
        if (result.generator() == null || result.failureReason() != null) {
            return result.failureReason() != null ? result.failureReason() : "the load did not run";
        }
        Verification v = result.verification();
        if (v == null) {
            return null;
        }
        long wrong = v.windowsWrong()
                + v.windowsDuplicated()
                + v.windowsUnexpected()
                + (confirming ? v.windowsMissing() : 0);
        return wrong == 0
                ? null
                : String.format(
                        "wrong output at %,d ev/s: %,d missing, %,d duplicated, %,d wrong, %,d unexpected windows (%s)",
                        result.generator().requestedRatePerSec(),
                        v.windowsMissing(),
                        v.windowsDuplicated(),
                        v.windowsWrong(),
                        v.windowsUnexpected(),
                        String.join("; ", v.examples()));
    }
}
