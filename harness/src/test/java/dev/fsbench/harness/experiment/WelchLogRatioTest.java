package dev.fsbench.harness.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class WelchLogRatioTest {

    @Test
    void theRatioIsThatOfTheGeometricMeansWithAWelchIntervalAroundIt() {
        WelchLogRatio.Interval i = WelchLogRatio.of(List.of(200.0, 220.0, 210.0), List.of(100.0, 104.0, 98.0));

        double expected = Math.cbrt(200.0 * 220 * 210) / Math.cbrt(100.0 * 104 * 98);
        assertThat(i.ratio()).isCloseTo(expected, within(1e-9));
        assertThat(i.low()).isLessThan(i.ratio()).isGreaterThan(1.8);
        assertThat(i.high()).isGreaterThan(i.ratio()).isLessThan(2.3);
        // symmetric on the log scale
        assertThat(Math.log(i.ratio()) - Math.log(i.low()))
                .isCloseTo(Math.log(i.high()) - Math.log(i.ratio()), within(1e-9));
    }

    @Test
    void fewerFiguresGiveAWiderInterval() {
        WelchLogRatio.Interval two = WelchLogRatio.of(List.of(200.0, 220.0), List.of(100.0, 104.0));
        WelchLogRatio.Interval four =
                WelchLogRatio.of(List.of(200.0, 220.0, 200.0, 220.0), List.of(100.0, 104.0, 100.0, 104.0));

        assertThat(two.high() / two.low()).isGreaterThan(3 * (four.high() / four.low() - 1) + 1);
    }

    @Test
    void identicalFiguresGiveAnExactRatio() {
        WelchLogRatio.Interval i = WelchLogRatio.of(List.of(5.0, 5.0), List.of(2.5, 2.5));

        assertThat(i.low()).isEqualTo(i.ratio()).isEqualTo(i.high()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void refusesTooFewOrNonPositiveFigures() {
        assertThatThrownBy(() -> WelchLogRatio.of(List.of(1.0), List.of(1.0, 2.0)))
                .hasMessageContaining("at least two");
        assertThatThrownBy(() -> WelchLogRatio.of(List.of(1.0, 0.0), List.of(1.0, 2.0)))
                .hasMessageContaining("no logarithm");
    }
}
