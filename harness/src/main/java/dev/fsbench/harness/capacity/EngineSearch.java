package dev.fsbench.harness.capacity;

import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.WorkloadRunner;
import dev.fsbench.results.CapacityResult;
import dev.fsbench.results.EngineVersion;
import dev.fsbench.results.LimitedBy;
import dev.fsbench.results.WorkloadResult;

/**
 * One engine's capacity search on one scenario, from its probes to its {@link CapacityResult}. Public for the
 * experiments, which run one per variant run in their own interleaved order.
 */
public final class EngineSearch {

    private final CapacityJob job;
    private final double generatorCeiling;
    private final Console console;
    private EngineVersion engineVersion;

    /** @param generatorCeiling the generator's own ceiling on the job's workload ({@link CapacityStage}) */
    public EngineSearch(CapacityJob job, double generatorCeiling, Console console) {
        this.job = job;
        this.generatorCeiling = generatorCeiling;
        this.console = console;
    }

    public CapacityResult run(WorkloadRunner runner) {
        long rulerCeiling = Math.max(1, Math.round(generatorCeiling * CapacityStage.CEILING_SHARE));
        boolean userCap = job.maxRate() != null && job.maxRate() < rulerCeiling;
        long ceiling = userCap ? job.maxRate() : rulerCeiling;
        String ceilingName = userCap
                ? "--max-rate"
                : String.format(
                        "%.0f %% of the generator's own ceiling, %,.0f ev/s",
                        100 * CapacityStage.CEILING_SHARE, generatorCeiling);
        String tag = "[capacity " + job.engine().name() + "/" + job.spec().scenario() + "]";
        WorkloadProber prober = new WorkloadProber(
                runner,
                job.engine(),
                job.spec(),
                // each ramp warms its fresh engine at its first rate for the workload's warm-up, as a fixed run does
                new WorkloadProber.ProbeTiming(job.stepMs(), job.spec().warmupMs()),
                this::noteEngineVersion);
        SearchPlan plan = SearchPlan.of(job.spec().ratePerSec(), ceiling, job.precision());
        console.info(
                "%s searching from %,d ev/s up to %,d ev/s (%s), steps of %d s, refining to within %.0f %%",
                tag, plan.startRate(), ceiling, ceilingName, job.stepMs() / 1000, 100 * plan.precision());
        SearchOutcome outcome = new CapacitySearch(
                        prober,
                        plan,
                        (phase, probe) -> console.info(
                                "%s %-7s %,9d ev/s: %s",
                                tag,
                                phase.label(),
                                probe.rate(),
                                probe.sustained()
                                        ? "sustained"
                                        : "NOT sustained (" + probe.probe().reason() + ")"))
                .search();
        if (outcome.engineFailure() != null) {
            console.warn(tag + " the engine failed: " + outcome.engineFailure());
            return result(outcome, null, outcome.engineFailure());
        }
        return result(outcome, LimitRule.decide(outcome, ceiling, ceilingName), null);
    }

    private CapacityResult result(SearchOutcome outcome, LimitRule.Decision decision, String failure) {
        return new CapacityResult(
                job.engine().name(),
                job.spec().scenario(),
                outcome.maxSustained() == null ? null : outcome.maxSustained().doubleValue(),
                decision == null ? LimitedBy.ENGINE : decision.limitedBy(),
                decision == null ? failure : decision.reason(),
                null,
                false,
                generatorCeiling,
                failure,
                outcome.probes().stream().map(ProbeOutcome::probe).toList(),
                engineVersion,
                outcome.resolution(job.precision()));
    }

    /** The version the probed engine JVM reported (every probe runs the same engine module). */
    private void noteEngineVersion(WorkloadResult probeRun) {
        if (engineVersion == null) {
            engineVersion = probeRun.engineVersion();
        }
    }
}
