package dev.fsbench.harness.generator;

import com.carrotsearch.hppc.IntIntHashMap;
import com.carrotsearch.hppc.cursors.IntIntCursor;
import java.util.Arrays;

/**
 * Counts per word index for one window, in whichever layout is smaller: a primitive open-addressing map (about
 * 11-21 bytes per word present) while few of the vocabulary's words occurred, an {@code int[vocabulary]} (4 bytes
 * per vocabulary word) once more than a quarter of them did. So a window costs at most what the former dense
 * layout cost, and far less when it saw few words (short windows, event-time buckets, large vocabularies).
 */
final class WordCounts {

    /** Sparse while fewer than vocabulary / this many words are present: then the map is no larger than an array. */
    private static final int DENSE_SHARE = 4;

    private final int vocabularySize;
    private IntIntHashMap sparse = new IntIntHashMap();
    private int[] dense;

    WordCounts(int vocabularySize) {
        this.vocabularySize = vocabularySize;
    }

    void add(int wordIndex, int count) {
        if (dense != null) {
            dense[wordIndex] += count;
            return;
        }
        sparse.addTo(wordIndex, count);
        if (sparse.size() > vocabularySize / DENSE_SHARE) {
            dense = new int[vocabularySize];
            for (IntIntCursor word : sparse) {
                dense[word.key] = word.value;
            }
            sparse = null;
        }
    }

    int get(int wordIndex) {
        if (dense != null) {
            return wordIndex >= 0 && wordIndex < dense.length ? dense[wordIndex] : 0;
        }
        return sparse.getOrDefault(wordIndex, 0);
    }

    /** Words with a non-zero count. */
    int size() {
        if (sparse != null) {
            return sparse.size();
        }
        int present = 0;
        for (int count : dense) {
            present += count > 0 ? 1 : 0;
        }
        return present;
    }

    /** Calls {@code visitor} for every word with a non-zero count, by word index. */
    void forEach(WordVisitor visitor) {
        if (dense != null) {
            for (int word = 0; word < dense.length; word++) {
                if (dense[word] > 0) {
                    visitor.visit(word, dense[word]);
                }
            }
            return;
        }
        int[] words = sparse.keys().toArray();
        Arrays.sort(words);
        for (int word : words) {
            visitor.visit(word, sparse.get(word));
        }
    }

    @FunctionalInterface
    interface WordVisitor {
        void visit(int wordIndex, int count);
    }
}
