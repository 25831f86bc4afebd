package dev.fsbench.harness.micro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fsbench.results.Claim;
import dev.fsbench.results.ClaimVerdict;
import dev.fsbench.results.MicrobenchResult;
import dev.fsbench.results.MicrobenchSection;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the real output of the quick profile (3 forks) recorded on this 2-core machine, quiet, on 2026-11-30
 * (docs/measurements/2026-11-30-microbenchmarks-quick.md): the figures mean something and the claims are judged
 * on them, Java against Kryo on the reused streams.
 */
class QuickProfileRunTest {

    private static final String DIR = "quick-2026-11-30/";
    private static MicrobenchSection section;

    @BeforeAll
    static void summarise() throws Exception {
        List<JmhFigure> figures = new ArrayList<>(JmhFigure.read(fixture("jmh-flink.json")));
        figures.addAll(JmhFigure.read(fixture("jmh-spark.json")));
        SizeTable sizes = SizeTable.read(fixture("sizes-flink.json")).plus(SizeTable.read(fixture("sizes-spark.json")));
        section = MicrobenchSummariser.summarise("quick", 208, List.of(), List.of(), figures, sizes);
    }

    @Test
    void everyRoundTripOfTheQuickProfileIsInformative() {
        List<MicrobenchResult> roundTrips = section.results().stream()
                .filter(r -> r.operation().startsWith("roundtrip"))
                .toList();

        assertThat(roundTrips).hasSize(10).noneMatch(MicrobenchResult::noisy);
    }

    @Test
    void javaAgainstKryoIsJudgedOnTheReusedStreams() {
        Claim faster = section.claims().stream()
                .filter(c -> c.claim().startsWith("Kryo is much faster"))
                .findFirst()
                .orElseThrow();

        assertThat(faster.metric()).startsWith("roundtripStream spark-java-stream / spark-kryo-registered-stream");
        assertThat(faster.measuredRatio()).isCloseTo(389.7 / 165.7, within(0.01));
        assertThat(faster.verdict()).isEqualTo(ClaimVerdict.WEAKER_THAN_CLAIMED);
        assertThat(faster.alsoMeasured().ratio())
                .as("a new Java stream per record: about 9x")
                .isCloseTo(2991.7 / 331.1, within(0.01));
    }

    @Test
    void theFlinkClaimsGetVerdictsOnTheirIntervals() {
        assertThat(verdict("Flink's PojoSerializer is about 4x")).isEqualTo(ClaimVerdict.CONFIRMED);
        assertThat(verdict("Flink's TupleSerializer is about 1.4x")).isEqualTo(ClaimVerdict.CONFIRMED);
        assertThat(verdict("Registering classes makes Kryo faster")).isEqualTo(ClaimVerdict.CONFIRMED);
    }

    private static ClaimVerdict verdict(String claimStart) {
        return section.claims().stream()
                .filter(c -> c.claim().startsWith(claimStart))
                .findFirst()
                .orElseThrow()
                .verdict();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(QuickProfileRunTest.class.getResource(DIR + name).toURI());
    }
}
