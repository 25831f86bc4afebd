package dev.fsbench.reports.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChangePointDetectorTest {
    private final ChangePointDetector detector = ChangePointDetector.standard();

    @Test
    void findsAPlantedShiftAtTheRunWhereItHappened() {
        // 8 runs at 1000 ± 3 %, then 7 runs 15 % slower
        double[] values = noisy(new Random(11), 15, 1000, 0.03);
        for (int i = 8; i < values.length; i++) {
            values[i] *= 0.85;
        }

        List<ChangePoint> points = detector.detect(ids(values.length), values);

        assertThat(points).hasSize(1);
        ChangePoint p = points.get(0);
        assertThat(p.index()).isEqualTo(8);
        assertThat(p.runId()).isEqualTo("run-08");
        assertThat(p.pValue()).isLessThanOrEqualTo(ChangePointDetector.SIGNIFICANCE);
        assertThat(p.meanBefore()).isBetween(980.0, 1020.0);
        assertThat(p.relativeChange()).isBetween(-0.18, -0.12);
    }

    @Test
    void findsTwoShiftsOneAfterTheOther() {
        double[] values = noisy(new Random(5), 21, 200, 0.02);
        for (int i = 7; i < values.length; i++) {
            values[i] *= i < 14 ? 1.3 : 0.9; // up 30 % at run 7, down to 90 % at run 14
        }

        List<ChangePoint> points = detector.detect(ids(values.length), values);

        assertThat(points).extracting(ChangePoint::index).containsExactly(7, 14);
        assertThat(points.get(0).meanAfter()).isEqualTo(points.get(1).meanBefore());
    }

    @Test
    void aFlatNoisySeriesHasNoChangePointAtTheStatedRate() {
        // 200 flat series of 15 runs with 5 % noise: splits significant at 1 % should appear in about 2 of them
        int withChange = 0;
        for (int seed = 0; seed < 200; seed++) {
            double[] values = noisy(new Random(1000 + seed), 15, 500, 0.05);
            withChange += detector.detect(ids(values.length), values).isEmpty() ? 0 : 1;
        }
        assertThat(withChange).isLessThanOrEqualTo(6); // binomial(200, 0.01): P(X > 6) < 0.5 %
    }

    @Test
    void oneOutlierRunIsNotAChange() {
        double[] values = noisy(new Random(3), 12, 100, 0.02);
        values[6] = 180; // a run on a busy machine
        values[11] = 175;

        assertThat(detector.detect(ids(values.length), values)).isEmpty();
    }

    @Test
    void shortOrConstantSeriesHaveNone() {
        assertThat(detector.detect(ids(5), new double[] {1, 1, 9, 9, 9})).isEmpty(); // fewer than 2 × 3 runs
        assertThat(detector.detect(ids(8), new double[8])).isEmpty();
        assertThat(detector.detect(List.of(), new double[0])).isEmpty();
    }

    @Test
    void sameSeriesSameAnswer() {
        double[] values = noisy(new Random(8), 12, 50, 0.1);
        for (int i = 6; i < 12; i++) {
            values[i] += 6;
        }
        assertThat(detector.detect(ids(12), values)).isEqualTo(detector.detect(ids(12), values.clone()));
    }

    @Test
    void refusesValuesThatAreNotNumbers() {
        assertThatThrownBy(() -> detector.detect(ids(2), new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> detector.detect(ids(3), new double[] {1, 2}))
                .hasMessageContaining("one value per run");
    }

    private static double[] noisy(Random random, int n, double level, double relativeSd) {
        return IntStream.range(0, n)
                .mapToDouble(i -> level * (1 + random.nextGaussian() * relativeSd))
                .toArray();
    }

    static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("run-%02d", i)).toList();
    }
}
