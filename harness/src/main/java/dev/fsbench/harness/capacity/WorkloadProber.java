package dev.fsbench.harness.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.EngineDriver;
import dev.fsbench.harness.run.WorkloadPlan;
import dev.fsbench.harness.run.WorkloadRunner;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.Verification;
import dev.fsbench.results.WorkloadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * A ramp stops once the engine is half a step (at least 3 s) behind beyond its open windows: by then its
     * step is judged unsustained (the backlog grew), and every later step would run on top of that backlog.
     */
    static long maxBehindMs(long stepMs) {
        return Math.max(3_000, stepMs / 2);
    }

    /** Each probe run's workload result, in its workload directory. */
    public static final String WORKLOAD_FILE = "workload.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

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
        WorkloadPlan plan = new WorkloadPlan(engine, spec, 1);
        WorkloadResult result = runner.run(plan);
        keep(plan, result);
        String failure = engineFailure(result, true, false);
        if (failure != null) {
            return new Run(List.of(), failure);
        }
        return new Run(List.of(ProbeJudge.whole(Phase.CONFIRM.label(), rate, result, spec)), null);
    }

    private Run ramp(Phase phase, List<Long> rates, String scenario) {
        WorkloadSpec first = base.withRate(rates.get(0));
        RampPlan ramp = new RampPlan(
                rates, timing.rampWarmupMs(), timing.stepMs(), RampPlan.transitionMs(first, timing.stepMs()));
        WorkloadSpec spec = ramp.spec(base, scenario);
        BehindStop stop = new BehindStop(
                ramp.schedule(), spec, maxBehindMs(timing.stepMs()), timing.rampWarmupMs() + timing.stepMs());
        WorkloadPlan plan = new WorkloadPlan(engine, spec, 1);
        WorkloadResult result = runner.run(plan, ramp.schedule(), stop);
        keep(plan, result);
        long stoppedAt = stop.stoppedAtEpochMs();
        // a ramp stopped early ends mid-window, without the drain that closes the last windows: its output is
        // checked for crashes only, the confirming run checks every window
        String failure = engineFailure(result, false, stoppedAt != 0);
        if (failure != null) {
            return new Run(List.of(), failure);
        }
        List<ProbeOutcome> probes = new ArrayList<>();
        String cutShort =
                String.format("the engine fell more than %,d s behind; the ramp stopped", stop.maxBehindMs() / 1000);
        for (int k = 0; k < rates.size(); k++) {
            long[] slice = ramp.judgedSlice(k, result.generator().startEpochMs());
            boolean stoppedInStep = stoppedAt != 0 && stoppedAt < slice[1];
            ProbeOutcome outcome = ProbeJudge.step(
                    phase.label(),
                    rates.get(k),
                    result,
                    spec,
                    slice[0],
                    slice[1],
                    stoppedAt,
                    stoppedInStep ? cutShort : null);
            probes.add(outcome);
            if (!outcome.sustained()) {
                break; // later steps ran on top of this one's backlog: they say nothing
            }
        }
        return new Run(probes, null);
    }

    /** The probe run's whole workload result beside its files (result.json holds only the capacity). */
    private void keep(WorkloadPlan plan, WorkloadResult result) {
        try {
            Path dir = Files.createDirectories(runner.workloadDir(plan));
            JSON.writeValue(dir.resolve(WORKLOAD_FILE).toFile(), result);
        } catch (IOException e) {
            // the capacity result does not depend on it; the probe's other files are there
        }
        onWorkload.accept(result);
    }

    /**
     * Why the engine failed, or null: it crashed or could not run (a failure reason other than the generator's),
     * or its output was wrong: wrong, duplicated or unexpected windows in a ramp that ran to its end, and in a
     * confirming run missing windows too (a ramp's last step is overloaded by design: windows it still owed are
     * behind, not lost).
     */
    static String engineFailure(WorkloadResult result, boolean confirming, boolean stoppedEarly) {
        if (result.status() == RunStatus.INVALID) {
            return null;
        }
        Verification v = result.verification();
        if (result.generator() == null || v == null) {
            return result.failureReason() != null ? result.failureReason() : "the load did not run";
        }
        if (result.failureReason() != null && !failedOnlyOnOutput(result)) {
            return result.failureReason(); // crashed, could not be stopped, lost its broker or collector
        }
        if (stoppedEarly) {
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

    /** The workload ran through and failed only because its output did not verify (as the assembler says so). */
    private static boolean failedOnlyOnOutput(WorkloadResult result) {
        Verification v = result.verification();
        return !v.verified()
                && result.failureReason().equals("verification failed: " + String.join("; ", v.examples()));
    }
}
