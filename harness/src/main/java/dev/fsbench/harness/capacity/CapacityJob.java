package dev.fsbench.harness.capacity;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.engine.EngineDriver;

/**
 * One capacity search to run: an engine on a scenario's workload (whose rate is the search's start rate and
 * whose warm-up and duration are the confirming run's).
 *
 * @param maxRate the highest rate to ask for (--max-rate), null for no limit but the generator's own ceiling
 * @param stepMs  how long each ramp step lasts
 */
public record CapacityJob(EngineDriver engine, WorkloadSpec spec, Long maxRate, long stepMs) {

    public static final long DEFAULT_STEP_MS = 10_000;

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
        long windowMs = spec.window().sizeMs();
        if (stepMs < windowMs) {
            throw new IllegalArgumentException("a capacity step must last at least the window size (" + windowMs
                    + " ms) to judge it, got " + stepMs + " ms");
        }
    }
}
