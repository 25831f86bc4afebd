package dev.fsbench.harness.micro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fsbench.results.Claim;
import dev.fsbench.results.ClaimVerdict;
import dev.fsbench.results.ClaimedEffect;
import dev.fsbench.results.MicrobenchResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimTest {

    @Test
    void ratioIntervalPropagatesRelativeErrorsOnALogScale() {
        Measure.Ratio ratio = new Measure(10, 1, false).over(new Measure(5, 0.5, false));

        double factor = Math.exp(Math.hypot(0.1, 0.1));
        assertThat(ratio.value()).isEqualTo(2.0);
        assertThat(ratio.low()).isCloseTo(2.0 / factor, within(1e-12));
        assertThat(ratio.high()).isCloseTo(2.0 * factor, within(1e-12));
        assertThat(ratio.noisy()).isFalse();
        assertThat(Measure.exact(128).over(Measure.exact(24)).low()).isEqualTo(128.0 / 24);
    }

    @Test
    void noisyMeansUnknownErrorOrMoreThanTenPercent() {
        assertThat(Measure.isNoisy(100, null)).isTrue();
        assertThat(Measure.isNoisy(100, 10.5)).isTrue();
        assertThat(Measure.isNoisy(100, 9.9)).isFalse();
        assertThat(Measure.of(100, 50.0).over(Measure.exact(2)).noisy()).isTrue();
        assertThat(Measure.of(100, null).over(Measure.exact(2)).low()).isNaN();
    }

    @Test
    void aClaimCarriesTheBandTheIntervalAndTheVerdictOfTheRule() {
        Claim claim = ClaimRule.evaluate(
                "PojoSerializer 4x", "blog", "m", ClaimedEffect.about(4), ratio(16, 0.05, 0.05), null);

        assertThat(claim.verdict()).as("a 16x result on a 4x claim").isEqualTo(ClaimVerdict.STRONGER_THAN_CLAIMED);
        assertThat(claim.expectedRatio()).isEqualTo(4.0);
        assertThat(claim.bandLow()).isCloseTo(4 / 1.5, within(1e-12));
        assertThat(claim.bandHigh()).isCloseTo(6.0, within(1e-12));
        assertThat(claim.minimumEffect()).isEqualTo(0.05);
        assertThat(claim.measuredRatio()).isEqualTo(16.0);
        assertThat(claim.ratioLow()).isLessThan(16.0);
        assertThat(claim.ratioHigh()).isGreaterThan(16.0);
        assertThat(claim.measuredRatioError()).as("schema 1-2 only").isNull();
        assertThat(claim.noisy()).isFalse();
    }

    @Test
    void noisyInputsAreNeverAVerdictButKeepTheirInterval() {
        Measure.Ratio noisy = Measure.of(5000, 1000.0).over(Measure.of(100, 5.0));

        Claim claim = ClaimRule.evaluate("c", "s", "m", ClaimedEffect.about(10), noisy, null);

        assertThat(claim.verdict()).isEqualTo(ClaimVerdict.INCONCLUSIVE);
        assertThat(claim.noisy()).isTrue();
        assertThat(claim.ratioLow()).isLessThan(50.0);
        assertThat(claim.ratioHigh()).isGreaterThan(50.0);
    }

    @Test
    void javaAgainstKryoIsJudgedOnReusedStreamsWithThePerRecordFigureShown() {
        List<MicrobenchResult> results = List.of(
                roundtrip("roundtrip", "spark-java", 6000, 300),
                roundtrip("roundtrip", "spark-kryo-registered", 400, 20),
                roundtrip("roundtripStream", "spark-java-stream", 600, 30),
                roundtrip("roundtripStream", "spark-kryo-registered-stream", 200, 10));
        SizeTable sizes = new SizeTable(Map.of(
                "spark-java/word-event", 128,
                "spark-kryo-registered/word-event", 24,
                "spark-java-stream/word-event", 31,
                "spark-kryo-registered-stream/word-event", 24));

        List<Claim> claims = ClaimEvaluator.evaluate(results, sizes);

        Claim faster = claims.stream()
                .filter(c -> c.claim().startsWith("Kryo is much faster"))
                .findFirst()
                .orElseThrow();
        assertThat(faster.metric()).contains("spark-java-stream / spark-kryo-registered-stream");
        assertThat(faster.measuredRatio()).isCloseTo(3.0, within(1e-12));
        assertThat(faster.verdict())
                .as("3x [2.6, 3.5] lies below the 10x band and above 1")
                .isEqualTo(ClaimVerdict.WEAKER_THAN_CLAIMED);
        assertThat(faster.alsoMeasured().metric()).contains("new Java stream per record");
        assertThat(faster.alsoMeasured().ratio()).isCloseTo(15.0, within(1e-12));

        Claim smaller = claims.stream()
                .filter(c -> c.claim().startsWith("Kryo's output is much smaller"))
                .findFirst()
                .orElseThrow();
        assertThat(smaller.measuredRatio()).isCloseTo(31.0 / 24, within(1e-12));
        assertThat(smaller.alsoMeasured().ratio()).isCloseTo(128.0 / 24, within(1e-12));
        assertThat(smaller.verdict()).isEqualTo(ClaimVerdict.WEAKER_THAN_CLAIMED);
    }

    private static Measure.Ratio ratio(double value, double relativeErrorA, double relativeErrorB) {
        return Measure.of(value, value * relativeErrorA).over(Measure.of(1, relativeErrorB));
    }

    private static MicrobenchResult roundtrip(String method, String serializer, double ns, double error) {
        return new MicrobenchResult(
                "dev.fsbench.serialization.spark.SparkSerialization." + method,
                "serialization",
                serializer,
                "word-event",
                method,
                Map.of("serializer", serializer, "record", "word-event"),
                "avgt",
                ns,
                error,
                "ns/op",
                Measure.isNoisy(ns, error),
                null,
                null,
                null,
                null,
                null);
    }
}
