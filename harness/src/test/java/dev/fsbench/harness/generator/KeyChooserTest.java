package dev.fsbench.harness.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.KeyDistribution;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class KeyChooserTest {

    private static int[] histogram(KeyDistribution distribution, int vocabulary, double s, long seed, int draws) {
        KeyChooser chooser = KeyChooser.of(distribution, vocabulary, s, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
        int[] counts = new int[vocabulary];
        for (int i = 0; i < draws; i++) {
            counts[chooser.nextIndex()]++;
        }
        return counts;
    }

    @Test
    void uniformDrawsEveryKeyAboutEquallyOften() {
        int[] counts = histogram(KeyDistribution.UNIFORM, 100, 0, 7, 1_000_000);
        // expected 10,000 each; binomial sd is about 99, so 5 sd is 500
        assertThat(java.util.Arrays.stream(counts).boxed())
                .allSatisfy(c -> assertThat(c).isBetween(9_500, 10_500));
    }

    @Test
    void zipfMakesLowRanksHotWithTheRightRatio() {
        int[] counts = histogram(KeyDistribution.ZIPF, 1000, 1.0, 7, 1_000_000);
        // P(rank k) ~ 1/k^s: rank 1 is twice as frequent as rank 2 and ten times rank 10
        assertThat(counts[0] / (double) counts[1]).isBetween(1.9, 2.1);
        assertThat(counts[0] / (double) counts[9]).isBetween(9.0, 11.0);
        assertThat(counts[0]).isGreaterThan(counts[500] * 100);
    }

    @Test
    void sameSeedSameKeys() {
        assertThat(histogram(KeyDistribution.ZIPF, 50, 1.2, 3, 10_000))
                .containsExactly(histogram(KeyDistribution.ZIPF, 50, 1.2, 3, 10_000));
        assertThat(histogram(KeyDistribution.UNIFORM, 50, 0, 3, 10_000))
                .isNotEqualTo(histogram(KeyDistribution.UNIFORM, 50, 0, 4, 10_000));
    }
}
