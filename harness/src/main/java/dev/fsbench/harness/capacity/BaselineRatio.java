package dev.fsbench.harness.capacity;

import dev.fsbench.results.CapacityResult;
import java.util.List;
import java.util.Optional;

/**
 * Each capacity's ratio to the baseline engine's on the same scenario. A ruler-limited figure is only a lower
 * bound, so its ratio to an engine-limited baseline is "at least"; against a ruler-limited baseline the ratio
 * bounds nothing either way and is left out.
 */
final class BaselineRatio {

    static final String BASELINE = "baseline";

    private BaselineRatio() {}

    /** {@code results}: one scenario's searches. */
    static List<CapacityResult> apply(List<CapacityResult> results) {
        Optional<CapacityResult> baseline = results.stream()
                .filter(r -> BASELINE.equals(r.engine()) && r.maxSustainableEventsPerSec() != null)
                .filter(r -> r.failureReason() == null)
                .findFirst();
        return results.stream().map(r -> withRatio(r, baseline)).toList();
    }

    private static CapacityResult withRatio(CapacityResult r, Optional<CapacityResult> baseline) {
        if (baseline.isEmpty() || r.maxSustainableEventsPerSec() == null) {
            return r;
        }
        CapacityResult base = baseline.get();
        boolean self = base == r;
        if (!self && base.lowerBoundOnly()) {
            return r;
        }
        double ratio = self ? 1.0 : r.maxSustainableEventsPerSec() / base.maxSustainableEventsPerSec();
        return new CapacityResult(
                r.engine(),
                r.scenario(),
                r.maxSustainableEventsPerSec(),
                r.limitedBy(),
                r.limitReason(),
                ratio,
                !self && r.lowerBoundOnly(),
                r.rulerCeilingEventsPerSec(),
                r.failureReason(),
                r.probes(),
                r.engineVersion(),
                r.resolution());
    }
}
