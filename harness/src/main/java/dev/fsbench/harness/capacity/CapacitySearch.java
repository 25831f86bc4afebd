package dev.fsbench.harness.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the highest rate an engine sustains, with few engine starts (docs/capacity.md): a geometric ramp in one
 * engine instance brackets the capacity between its last sustained and first unsustained step; a refining ramp
 * in a fresh instance walks that bracket in {@link SearchPlan#refineFactor()} steps; a fresh fixed-rate run
 * confirms the rate found (stepping down if it fails). Three engine starts when nothing goes wrong.
 */
public final class CapacitySearch {

    /** How often a ramp whose first step already failed is retried from a rate this many times lower. */
    static final int LOWER_START_DIVISOR = 8;

    private final Prober prober;
    private final SearchPlan plan;
    private final ProgressListener progress;
    private final List<ProbeOutcome> probes = new ArrayList<>();

    /** Told of every probe as soon as it is judged, for the command's progress lines. */
    @FunctionalInterface
    public interface ProgressListener {
        void judged(Prober.Phase phase, ProbeOutcome outcome);
    }

    public CapacitySearch(Prober prober, SearchPlan plan, ProgressListener progress) {
        this.prober = prober;
        this.plan = plan;
        this.progress = progress;
    }

    public SearchOutcome search() {
        Optional<String> failed = bracket();
        if (failed.isPresent()) {
            return outcome(null, failed.get());
        }
        Long sustained = highestSustained();
        Long unsustained = lowestUnsustainedAbove(sustained);
        if (sustained == null) {
            return outcome(null, null); // not even the lowest rate tried was sustained
        }
        if (unsustained != null && unsustained > Math.round(sustained * plan.refineFactor())) {
            failed = run(Prober.Phase.REFINE, refineSteps(sustained, unsustained));
            if (failed.isPresent()) {
                return outcome(null, failed.get());
            }
        }
        return confirm(highestSustainedBelow(unsustainedCeiling()));
    }

    /** Ramp from the start rate; if even its first step fails, once more from a rate well below it. */
    private Optional<String> bracket() {
        Optional<String> failed = run(Prober.Phase.RAMP, geometric(plan.startRate(), plan.ceilingRate()));
        if (failed.isEmpty() && highestSustained() == null && plan.startRate() >= LOWER_START_DIVISOR) {
            long lower = plan.startRate() / LOWER_START_DIVISOR;
            failed = run(Prober.Phase.RAMP, geometric(lower, plan.startRate() - 1));
        }
        return failed;
    }

    private SearchOutcome confirm(Long found) {
        long rate = found;
        for (int attempt = 0; attempt <= plan.maxStepDowns(); attempt++) {
            Optional<String> failed = run(Prober.Phase.CONFIRM, List.of(rate));
            if (failed.isPresent()) {
                return outcome(null, failed.get());
            }
            ProbeOutcome last = probes.get(probes.size() - 1);
            if (last.sustained()) {
                return outcome(rate, null);
            }
            rate = Math.max(1, Math.round(rate / plan.refineFactor()));
        }
        return outcome(null, null);
    }

    /** start, start x factor, ... below the ceiling, then the ceiling itself. */
    List<Long> geometric(long start, long ceiling) {
        List<Long> rates = new ArrayList<>();
        for (long r = start; r < ceiling; r = Math.max(r + 1, Math.round(r * plan.rampFactor()))) {
            rates.add(r);
        }
        rates.add(ceiling);
        return rates;
    }

    /** From the last sustained rate (re-checked in the fresh instance) in refine steps, below the unsustained. */
    List<Long> refineSteps(long sustained, long unsustained) {
        List<Long> rates = new ArrayList<>();
        for (long r = sustained; r < unsustained; r = Math.max(r + 1, Math.round(r * plan.refineFactor()))) {
            rates.add(r);
        }
        return rates;
    }

    private Optional<String> run(Prober.Phase phase, List<Long> rates) {
        Prober.Run run = prober.run(phase, rates);
        for (ProbeOutcome outcome : run.probes()) {
            probes.add(outcome);
            progress.judged(phase, outcome);
        }
        return Optional.ofNullable(run.engineFailure());
    }

    private Long highestSustained() {
        return highestSustainedBelow(Long.MAX_VALUE);
    }

    /** The highest sustained ramp or refine rate below {@code bound}: the candidate to confirm. */
    private Long highestSustainedBelow(long bound) {
        return probes.stream()
                .filter(p -> p.sustained() && p.rate() < bound)
                .map(ProbeOutcome::rate)
                .max(Long::compare)
                .orElse(null);
    }

    private Long lowestUnsustainedAbove(Long rate) {
        return probes.stream()
                .filter(p -> !p.sustained() && (rate == null || p.rate() > rate))
                .map(ProbeOutcome::rate)
                .min(Long::compare)
                .orElse(null);
    }

    /** The lowest rate any ramp could not sustain, or no bound if none failed. */
    private long unsustainedCeiling() {
        return probes.stream()
                .filter(p -> !p.sustained())
                .mapToLong(ProbeOutcome::rate)
                .min()
                .orElse(Long.MAX_VALUE);
    }

    private SearchOutcome outcome(Long maxSustained, String engineFailure) {
        boolean reachedCeiling = probes.stream().anyMatch(p -> p.sustained() && p.rate() >= plan.ceilingRate());
        return new SearchOutcome(probes, maxSustained, reachedCeiling, engineFailure);
    }
}
