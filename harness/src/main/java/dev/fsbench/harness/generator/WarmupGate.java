package dev.fsbench.harness.generator;

/**
 * Decides when the warm-up may end: asked once a second during the warm-up (from {@link LoadGenerator#MIN_WARMUP_MS}
 * on, so a detector has data); true ends it at the next whole second. The spec's warm-up is then the maximum.
 */
@FunctionalInterface
public interface WarmupGate {

    /** The warm-up runs to its maximum, the spec's {@code warmupMs}, as it always did. */
    WarmupGate FIXED = elapsed -> false;

    /** {@code elapsedMillis}: time since the generator's start (a whole second). */
    boolean steady(long elapsedMillis);
}
