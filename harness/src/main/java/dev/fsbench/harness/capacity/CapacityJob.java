package dev.fsbench.harness.capacity;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.EngineDriver;

/**
 * One capacity search to run: an engine on a scenario's workload (whose rate is the search's start rate and
 * whose warm-up and duration are the confirming run's).
 *
 * @param maxRate the highest rate to ask for (--max-rate), null for no limit but the generator's own ceiling
 * @param stepMs    how long each ramp step lasts
 * @param precision the refining step as a share of the rate (0.10: x1.1 steps, an answer within 10 %)
 */
public record CapacityJob(EngineDriver engine, WorkloadSpec spec, Long maxRate, long stepMs, double precision) {

    public static final long DEFAULT_STEP_MS = 10_000;
    public static final double DEFAULT_PRECISION = SearchPlan.PRECISION;
    /**
     * Finer than 5 % asks for differences the sustain rule cannot tell apart: it lets the backlog grow by up to 5 %
     * of the offered rate (docs/measurement.md).
     */
    public static final double MIN_PRECISION = 0.05;
    /** Coarser than 50 % is no refinement of the ramp's factor-2 bracket. */
    public static final double MAX_PRECISION = 0.50;

    /** With the default precision. */
    public CapacityJob(EngineDriver engine, WorkloadSpec spec, Long maxRate, long stepMs) {
        this(engine, spec, maxRate, stepMs, DEFAULT_PRECISION);
    }

    /** The smallest step that leaves whole seconds enough to judge after its transition (3 s or more). */
    public static final long MIN_STEP_MS = 8_000;

    public CapacityJob {
        if (maxRate != null && maxRate <= 0) {
            throw new IllegalArgumentException("--max-rate must be > 0, got " + maxRate);
        }
        if (stepMs < MIN_STEP_MS) {
            throw new IllegalArgumentException(
                    "a capacity step must last at least " + MIN_STEP_MS / 1000 + " s, got " + stepMs + " ms");
        }
        // Measured: with 10 s windows, 8 s steps judged 128,000 ev/s sustained for a baseline whose capacity is
        // 24,200 (its confirming run fell behind at once); 10 s steps bracketed it. A step shorter than a window
        // is judged before the backlog it builds can show.
        if (!(precision >= MIN_PRECISION && precision <= MAX_PRECISION)) {
            throw new IllegalArgumentException(String.format(
                    "a capacity search's precision must lie between %.0f %% and %.0f %%, got %s %%",
                    100 * MIN_PRECISION, 100 * MAX_PRECISION, Math.round(precision * 1000) / 10.0));
        }
        long windowMs = spec.window().sizeMs();
        if (stepMs < windowMs) {
            throw new IllegalArgumentException("a capacity step must last at least the window size (" + windowMs
                    + " ms) to judge it, got " + stepMs + " ms");
        }
    }
}
