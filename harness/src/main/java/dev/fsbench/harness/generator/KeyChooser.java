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

    /**
     * The index {@link #word} names, or -1 if {@code word} is not exactly the name of a word in [0,
     * vocabularySize): strict, so {@code w01}, {@code w+1}, {@code w 1} or {@code W1} are no words (a lenient
     * number parser would take several of them for {@code w1}).
     */
    public static int indexOf(String word, int vocabularySize) {
        int length = word.length();
        // "w" and at most 10 digits; a leading zero only in "w0" itself
        if (length < 2 || length > 11 || word.charAt(0) != 'w' || (word.charAt(1) == '0' && length > 2)) {
            return -1;
        }
        long index = 0;
        for (int i = 1; i < length; i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            index = index * 10 + (c - '0');
        }
        return index < vocabularySize ? (int) index : -1;
    }
}
