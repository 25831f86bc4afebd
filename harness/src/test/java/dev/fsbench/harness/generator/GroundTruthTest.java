package dev.fsbench.harness.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fsbench.api.WindowSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroundTruthTest {

    @Test
    void tumblingCountsOutOfOrderEventsInTheirEventTimeWindow() {
        GroundTruth truth = new GroundTruth(WindowSpec.tumbling(1000), 3);
        truth.add(1_500, 0);
        truth.add(2_100, 0);
        truth.add(1_999, 0); // arrives after an event of the next window: still counted in [1000, 2000)
        truth.add(1_000, 2);
        assertThat(truth.count(1_000, 0)).isEqualTo(2);
        assertThat(truth.count(2_000, 0)).isEqualTo(1);
        assertThat(truth.count(1_000, 2)).isEqualTo(1);
        assertThat(truth.count(1_000, 1)).isZero();
        assertThat(truth.events()).isEqualTo(4);
    }

    @Test
    void slidingCountsEachEventInEveryOverlappingWindow() {
        GroundTruth truth = new GroundTruth(new WindowSpec(2000, 1000), 1);
        truth.add(2_500, 0);
        truth.add(1_200, 0); // out of order
        assertThat(truth.count(1_000, 0)).isEqualTo(2); // [1000,3000) holds both
        assertThat(truth.count(2_000, 0)).isEqualTo(1); // [2000,4000)
        assertThat(truth.count(0, 0)).isEqualTo(1); // [0,2000)
        List<Long> starts = new ArrayList<>();
        truth.forEachWindow(s -> s + 2000 <= 3000, (start, word, count) -> starts.add(start));
        assertThat(starts).containsExactlyInAnyOrder(0L, 1_000L);
    }

    /** The former dense layout (one int per vocabulary word per window), as the reference the sparse one must match. */
    private static Map<Long, int[]> denseCounts(WindowSpec window, int vocabulary, long[] times, int[] words) {
        Map<Long, int[]> dense = new TreeMap<>();
        for (int i = 0; i < times.length; i++) {
            int word = words[i];
            window.forEachWindowStart(
                    times[i], start -> dense.computeIfAbsent(start, s -> new int[vocabulary])[word]++);
        }
        return dense;
    }

    /**
     * A vocabulary of 50 makes every window dense; 20,000 keeps them sparse (at most a few thousand words each);
     * 1,000 with 10 s windows crosses from sparse to dense within each window.
     */
    @ParameterizedTest(name = "size {0} ms, slide {1} ms, {2} words")
    @CsvSource({"1000, 1000, 50", "2000, 500, 50", "1000, 300, 20000", "10000, 100, 20000", "10000, 1000, 1000"})
    void sparseCountsEqualTheDenseOnesForEveryWindowAndWord(long sizeMs, long slideMs, int vocabulary) {
        WindowSpec window = new WindowSpec(sizeMs, slideMs);
        Random random = new Random(7);
        long[] times = new long[5_000];
        int[] words = new int[times.length];
        GroundTruth truth = new GroundTruth(window, vocabulary);
        for (int i = 0; i < times.length; i++) {
            times[i] = 1_700_000_000_000L + i * 3L - random.nextInt(400); // out of order, as the generator sends
            words[i] = random.nextInt(vocabulary);
            truth.add(times[i], words[i]);
        }
        Map<Long, int[]> dense = denseCounts(window, vocabulary, times, words);

        List<String> expected = new ArrayList<>();
        List<String> wrongCounts = new ArrayList<>();
        dense.forEach((start, counts) -> {
            for (int word = 0; word < vocabulary; word++) {
                if (truth.count(start, word) != counts[word]) {
                    wrongCounts.add(start + "/" + word);
                }
                if (counts[word] > 0) {
                    expected.add(start + "/" + word + "=" + counts[word]);
                }
            }
        });
        assertThat(wrongCounts).isEmpty();
        List<String> visited = new ArrayList<>();
        truth.forEachWindow(start -> true, (start, word, count) -> visited.add(start + "/" + word + "=" + count));
        assertThat(visited).as("every non-zero pair, by window then word").isEqualTo(expected);
        assertThat(truth.pairs()).isEqualTo(expected.size());
        assertThat(truth.events()).isEqualTo(times.length);
        long someWindow =
                dense.keySet().stream().skip(dense.size() / 2).findFirst().orElseThrow();
        int[] summed = new int[vocabulary];
        truth.addCountsTo(someWindow, summed);
        assertThat(summed).containsExactly(dense.get(someWindow));
    }

    @Test
    void mergingTruthsBuiltApartGivesTheTruthOfAllEvents() {
        WindowSpec window = new WindowSpec(2000, 1000);
        GroundTruth all = new GroundTruth(window, 10);
        GroundTruth even = new GroundTruth(window, 10);
        GroundTruth odd = new GroundTruth(window, 10);
        for (int i = 0; i < 1_000; i++) {
            long time = 10_000 + i * 7L;
            all.add(time, i % 10);
            (i % 2 == 0 ? even : odd).add(time, i % 10);
        }
        even.addAll(odd);

        List<String> merged = new ArrayList<>();
        even.forEachWindow(start -> true, (start, word, count) -> merged.add(start + "/" + word + "=" + count));
        List<String> single = new ArrayList<>();
        all.forEachWindow(start -> true, (start, word, count) -> single.add(start + "/" + word + "=" + count));
        assertThat(merged).isEqualTo(single);
        assertThat(even.events()).isEqualTo(1_000);
        assertThatThrownBy(() -> even.addAll(new GroundTruth(WindowSpec.tumbling(1000), 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot merge");
    }
}
