package dev.fsbench.harness.generator;

import dev.fsbench.api.KeyDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteUniformSampler;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;

/**
 * Draws word indexes in [0, vocabularySize): uniform, or Zipf(s) where index 0 is the hottest key (data skew).
 * Deterministic for a given random provider seed.
 */
public final class KeyChooser {

    private final DiscreteSampler sampler;
    private final int offset;

    private KeyChooser(DiscreteSampler sampler, int offset) {
        this.sampler = sampler;
        this.offset = offset;
    }

    public static KeyChooser of(
            KeyDistribution distribution, int vocabularySize, double zipfExponent, UniformRandomProvider random) {
        return switch (distribution) {
            case UNIFORM -> new KeyChooser(DiscreteUniformSampler.of(random, 0, vocabularySize - 1), 0);
            // commons-rng's Zipf sampler returns ranks 1..n
            case ZIPF -> new KeyChooser(RejectionInversionZipfSampler.of(random, vocabularySize, zipfExponent), -1);
        };
    }

    public int nextIndex() {
        return sampler.sample() + offset;
    }

    public static String word(int index) {
        return "w" + index;
    }
}
