package dev.fsbench.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.reports.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class NinesAxisTest {
    @Test
    void percentilesMapToOneOverOneMinusPWhetherGivenAsFractionsOrPercent() throws Exception {
        JsonNode percent = Json.MAPPER.readTree("[{\"percentile\":0,\"valueMs\":1},{\"percentile\":90,\"valueMs\":5},"
                + "{\"percentile\":99.9,\"valueMs\":9},{\"percentile\":100,\"valueMs\":12}]");
        JsonNode fraction =
                Json.MAPPER.readTree("[{\"percentile\":0.0,\"valueMs\":1},{\"percentile\":0.9,\"valueMs\":5},"
                        + "{\"percentile\":0.999,\"valueMs\":9},{\"percentile\":1.0,\"valueMs\":12}]");

        for (JsonNode input : List.of(percent, fraction)) {
            List<double[]> points = RunPageModel.percentilePoints(input);
            // 100% has no finite position on the axis; the max is in the tables
            assertThat(points).hasSize(3);
            assertThat(points.get(0)[0]).isEqualTo(1.0);
            assertThat(points.get(1)[0]).isCloseTo(10.0, within(1e-9));
            assertThat(points.get(2)[0]).isCloseTo(1000.0, within(1e-6));
            assertThat(points.get(2)[1]).isEqualTo(9.0);
        }
    }

    @Test
    void perSecondCountsBecomeRatesAndEmptySecondsHaveNoLatency() throws Exception {
        JsonNode workload = Json.MAPPER.readTree("{\"throughputOverTime\":[{\"t\":10000,\"inputEvents\":500},"
                + "{\"t\":10500,\"inputEvents\":500},{\"t\":11500,\"inputEvents\":2000}],"
                + "\"latencyOverTime\":[{\"t\":10000,\"count\":0,\"p99\":0},{\"t\":11000,\"count\":7,\"p99\":42}]}");
        TimeAxis time = TimeAxis.of(workload);

        List<double[]> rate = time.rate(workload.path("throughputOverTime"), "inputEvents");
        assertThat(rate).extracting(p -> p[1]).containsExactly(1000.0, 1000.0, 2000.0);
        assertThat(rate).extracting(p -> p[0]).containsExactly(0.0, 0.5, 1.5);
        assertThat(time.field(workload.path("latencyOverTime"), "p99", 1))
                .extracting(p -> p[1])
                .containsExactly(42.0);
    }
}
