package dev.fsbench.api;

/**
 * The salting rule both engines' skew mitigations share: which of {@code buckets} sub-keys an event of a word
 * goes to. Events carry no id, so the salt is a hash of what identifies one: its event time and its word. It
 * is deterministic (a replay salts every event the same way) and spreads a hot word's events evenly over the
 * buckets once its events span a few milliseconds. Any salt gives the same counts: the second phase merges
 * every bucket of a word and window.
 */
public final class KeySalt {

    private KeySalt() {}

    /** A salt in [0, buckets). */
    public static int of(long eventTimeMs, String word, int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("salt buckets must be >= 1, got " + buckets);
        }
        return (int) Math.floorMod(mix(eventTimeMs * 31 + word.hashCode()), (long) buckets);
    }

    /** MurmurHash3's 64-bit finalizer: consecutive event times land in unrelated buckets. */
    private static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
