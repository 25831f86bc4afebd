package dev.fsbench.harness.generator;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The random numbers of one event, derived from the seed and the event's index alone (a SplitMix64 stream started
 * at a point mixed from both), so event {@code i} is the same whichever sender thread draws it and in whatever
 * order: the run's event sequence depends on the seed only, not on the number of producer threads. commons-rng's
 * samplers draw from it like from any provider. One instance per thread: not thread-safe.
 */
final class EventRandom implements UniformRandomProvider {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seedMix;
    private long state;

    EventRandom(long seed) {
        this.seedMix = mix(seed);
    }

    /** Positions the stream at the start of event {@code index}'s numbers. */
    void startEvent(long index) {
        state = mix(seedMix ^ (index * GOLDEN_GAMMA));
    }

    @Override
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** SplitMix64's output function (Steele, Lea, Flood 2014): a bijective 64-bit mixer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
