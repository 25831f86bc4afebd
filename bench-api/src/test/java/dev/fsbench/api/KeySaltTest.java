package dev.fsbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeySaltTest {

    @Test
    void saltsAreDeterministicAndInRange() {
        assertThat(KeySalt.of(1_700_000_000_123L, "hot", 8)).isEqualTo(KeySalt.of(1_700_000_000_123L, "hot", 8));
        assertThat(IntStream.range(0, 10_000).map(i -> KeySalt.of(-5_000 + i, "w" + i % 7, 5)))
                .allMatch(salt -> salt >= 0 && salt < 5);
        assertThat(KeySalt.of(42, "anything", 1)).isZero();
    }

    /** One hot word over a second of events: every bucket gets a fair share (within 20 % of even). */
    @Test
    void aHotWordSpreadsEvenlyOverTheBuckets() {
        int buckets = 8;
        long[] perBucket = new long[buckets];
        for (long ms = 1_700_000_000_000L; ms < 1_700_000_001_000L; ms++) {
            perBucket[KeySalt.of(ms, "the", buckets)]++;
        }
        assertThat(java.util.Arrays.stream(perBucket))
                .allSatisfy(count -> assertThat(count).isBetween(100L, 150L));
    }

    @Test
    void fewerThanOneBucketIsRefused() {
        assertThatThrownBy(() -> KeySalt.of(0, "w", 0)).hasMessageContaining("salt buckets");
    }
}
