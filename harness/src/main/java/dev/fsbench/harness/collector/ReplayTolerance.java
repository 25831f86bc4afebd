package dev.fsbench.harness.collector;

import java.util.List;

/**
 * What the verifier accepts of a window that arrived more than once (docs/failures.md, "Duplicates and
 * verification"). Which level a workload gets is decided from its engine, guarantee and faults (the harness's
 * ReplayRule), not here.
 */
public enum ReplayTolerance {
    /** A second copy of any window fails verification: no kill struck, or the engine's output is exactly-once. */
    NONE,
    /** Replays are tolerated when every copy carries the true count: a replay repeats output, it must not change it. */
    REPEATS,
    /**
     * Replays may over-count: every copy must carry at least the true count, and any copy may carry a larger one
     * (state restored from a checkpoint taken without barrier alignment already holds records that the restored
     * source offsets replay). So may a window's only copy: one still open at the restored checkpoint fires once,
     * from that state. Never a smaller count: that would be an event lost.
     */
    OVER_COUNTS;

    /** How the copies of one window, in the order they arrived, compare with its true count. */
    public enum Copies {
        /** Every copy carries the true count. */
        REPEATED,
        /** No copy is below the true count and at least one is above it. */
        OVER_COUNTED,
        /** Anything else: a copy below the true count, or the wrong window bounds. */
        CHANGED;

        /** @param counts one or more copies' counts, in the order they arrived */
        public static Copies of(List<Long> counts, long trueCount, boolean boundsRight) {
            if (!boundsRight) {
                return CHANGED;
            }
            if (counts.stream().allMatch(c -> c == trueCount)) {
                return REPEATED;
            }
            return counts.stream().allMatch(c -> c >= trueCount) ? OVER_COUNTED : CHANGED;
        }
    }

    /** Whether a window received more than once may still pass. */
    public boolean toleratesDuplicates() {
        return this != NONE;
    }

    /** Whether a window whose copies compare as {@code copies} passes: never a CHANGED one, nor any under NONE. */
    public boolean tolerates(Copies copies) {
        return switch (this) {
            case NONE -> false;
            case REPEATS -> copies == Copies.REPEATED;
            case OVER_COUNTS -> copies != Copies.CHANGED;
        };
    }
}
