package dev.fsbench.harness.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fsbench.results.LatencySummary;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ResultSectionsTest {

    @Test
    void anEmptyHistogramIsTheEmptySummaryNotZeros() {
        assertThat(ResultSections.latency(new Histogram(3))).isEqualTo(LatencySummary.empty());
    }

    @Test
    void latencySummaryCarriesTheHistogramsPercentilesAndItsCurve() {
        Histogram histogram = new Histogram(3);
        for (long ms = 1; ms <= 1_000; ms++) {
            histogram.recordValue(ms);
        }

        LatencySummary summary = ResultSections.latency(histogram);

        assertThat(summary.count()).isEqualTo(1_000);
        assertThat(summary.p50()).isEqualTo(500.0);
        assertThat(summary.p99()).isEqualTo(990.0);
        assertThat(summary.max()).isEqualTo(1_000.0);
        assertThat(summary.mean()).isEqualTo(500.5);
        assertThat(summary.percentiles()).isNotEmpty();
        assertThat(summary.percentiles().get(summary.percentiles().size() - 1).valueMs())
                .isEqualTo(1_000.0);
        assertThat(summary.percentiles())
                .extracting(LatencySummary.PercentilePoint::percentile)
                .isSorted();
    }

    @Test
    void engineJsonKeepsTheEnginesOrderAndTypes() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("webUi", "http://127.0.0.1:8081");
        info.put("parallelism", 2);
        info.put("applied", Map.of("objectReuse", true));

        Map<String, JsonNode> json = ResultSections.json(info);

        assertThat(json.keySet()).containsExactly("webUi", "parallelism", "applied");
        assertThat(json.get("parallelism").isInt()).isTrue();
        assertThat(json.get("applied").get("objectReuse").booleanValue()).isTrue();
    }
}
