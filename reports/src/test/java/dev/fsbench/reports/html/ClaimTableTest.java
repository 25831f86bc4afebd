package dev.fsbench.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.results.Claim;
import dev.fsbench.results.ClaimVerdict;
import dev.fsbench.results.ClaimedEffect;
import dev.fsbench.results.Environment;
import dev.fsbench.results.MicrobenchSection;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claims table shows the measured ratio with its interval beside the verdict (records built here). */
class ClaimTableTest {

    private static final ClaimedEffect TEN_X = ClaimedEffect.about(10);

    private static final Claim JAVA_VS_KRYO = new Claim(
            "Kryo is much faster than Java serialization",
            "Spark tuning guide",
            "roundtripStream spark-java-stream / spark-kryo-registered-stream, word-event",
            10.0,
            TEN_X.bandLow(),
            TEN_X.bandHigh(),
            0.05,
            3.0,
            null,
            2.8,
            3.22,
            ClaimVerdict.WEAKER_THAN_CLAIMED,
            false,
            new Claim.AlsoMeasured(
                    "new Java stream per record: roundtrip spark-java / spark-kryo-registered",
                    14.1,
                    11.5,
                    17.2,
                    false));

    private static final Claim SORT = new Claim(
            "Sorting normalized binary keys is faster than sorting objects",
            "Flink memory-management advice",
            "sortObjects / sortBinary",
            null,
            null,
            null,
            0.05,
            1.85,
            null,
            1.74,
            1.97,
            ClaimVerdict.CONFIRMED,
            false,
            null);

    /** As schema 2 wrote it: ratio ± error, no interval. */
    private static final Claim OLD =
            new Claim("Tuple 1.4x faster", "blog", "pojo / tuple", 1.4, 1.79, 0.33, ClaimVerdict.INCONCLUSIVE, true);

    @Test
    void aRowCarriesTheClaimedBandTheIntervalAndTheVerdict() {
        ClaimRow row = ClaimRow.of(JAVA_VS_KRYO);

        assertThat(row.claimed()).isEqualTo("10x (confirmed within 6.67–15)");
        assertThat(row.measured()).isEqualTo("3 [2.8–3.22]");
        assertThat(row.alsoMeasured())
                .isEqualTo("new Java stream per record: roundtrip spark-java / "
                        + "spark-kryo-registered: 14.1 [11.5–17.2]");
        assertThat(row.verdict()).isEqualTo("weaker-than-claimed");

        assertThat(ClaimRow.of(SORT).claimed()).isEqualTo("direction (> 1.05)");
        assertThat(ClaimRow.of(OLD).measured()).isEqualTo("1.79 ± 0.33");
        assertThat(ClaimRow.of(OLD).claimed()).isEqualTo("1.4x");
    }

    @Test
    void theRunPageShowsTheRatioAndItsIntervalBesideTheVerdict() {
        String html = new SitePages().runPage(run(List.of(JAVA_VS_KRYO, SORT, OLD)), null, "");

        assertThat(html)
                .contains(
                        "<td class=\"num\">3 [2.8–3.22]</td><td class=\"weaker-than-claimed\">weaker-than-claimed</td>")
                .contains("shown, not judged: new Java stream per record")
                .contains("<td class=\"num\">1.85 [1.74–1.97]</td><td class=\"confirmed\">confirmed</td>")
                .contains("<td class=\"num\">1.79 ± 0.33</td><td class=\"inconclusive\">inconclusive (noisy)</td>");
    }

    private static RunRecord run(List<Claim> claims) {
        RunResult result = new RunResult(
                RunResult.SCHEMA_VERSION,
                "claims",
                "2026-11-30T16:00:00Z",
                "2026-11-30T16:04:00Z",
                RunStatus.OK,
                List.of(),
                new Environment("abc", "main", false, 2, 24L << 30, "Linux", "OpenJDK 17", Map.of(), "f00"),
                null,
                List.of(),
                null,
                new MicrobenchSection("quick", 200, List.of(), List.of(), List.of(), claims),
                List.of());
        return new RunRecord("claims", Path.of("runs", "claims"), result);
    }
}
