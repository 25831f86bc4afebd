package dev.fsbench.harness.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.results.SeriesPoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesThinningTest {

    @Test
    void shortSeriesAreUntouched() {
        List<SeriesPoint> points = List.of(new SeriesPoint(1, 5), new SeriesPoint(2, 7));
        assertThat(SeriesThinning.thin(points, 10)).isSameAs(points);
    }

    @Test
    void longSeriesKeepTheirExtremesInTimeOrderWithinTheLimit() {
        List<SeriesPoint> points = new ArrayList<>();
        for (int t = 0; t < 10_000; t++) {
            points.add(new SeriesPoint(t, t == 4_321 ? 999.0 : (t % 10)));
        }

        List<SeriesPoint> thinned = SeriesThinning.thin(points, 100);

        assertThat(thinned).hasSizeLessThanOrEqualTo(100).hasSizeGreaterThan(50);
        assertThat(thinned).contains(new SeriesPoint(4_321, 999.0));
        assertThat(thinned).extracting(p -> p.v().doubleValue()).contains(0.0);
        assertThat(thinned).isSortedAccordingTo((a, b) -> Long.compare(a.t(), b.t()));
    }
}
