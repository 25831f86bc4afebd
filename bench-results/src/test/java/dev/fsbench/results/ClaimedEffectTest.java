package dev.fsbench.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The verdict rule on each of its six outcomes and at the zone boundaries. */
class ClaimedEffectTest {

    /** About 4x: band 2.667 .. 6 (factor 1.5), no effect within 1/1.05 .. 1.05. */
    private static final ClaimedEffect FOUR_X = ClaimedEffect.about(4);

    @Test
    void aboutABigClaimIsConfirmedWithinAFactorOfOneAndAHalf() {
        assertThat(FOUR_X.bandLow()).isCloseTo(4 / 1.5, within(1e-12));
        assertThat(FOUR_X.bandHigh()).isCloseTo(6.0, within(1e-12));
        assertThat(FOUR_X.minimumEffect()).isEqualTo(0.05);
    }

    @Test
    void aboutASmallClaimStopsHalfwayToNoEffect() {
        ClaimedEffect small = ClaimedEffect.about(1.4);

        assertThat(small.bandLow()).isCloseTo(Math.sqrt(1.4), within(1e-12));
        assertThat(small.bandHigh()).isCloseTo(1.4 * Math.sqrt(1.4), within(1e-12));
    }

    @Test
    void confirmedWhenTheIntervalLiesInTheBandEdgesIncluded() {
        assertThat(FOUR_X.judge(3.5, 4.5)).isEqualTo(ClaimVerdict.CONFIRMED);
        assertThat(FOUR_X.judge(FOUR_X.bandLow(), FOUR_X.bandHigh())).isEqualTo(ClaimVerdict.CONFIRMED);
        assertThat(FOUR_X.judge(4.0, 4.0)).as("an exact figure").isEqualTo(ClaimVerdict.CONFIRMED);
    }

    @Test
    void strongerThanClaimedWhenTheWholeIntervalLiesAboveTheBand() {
        assertThat(FOUR_X.judge(14.0, 18.0))
                .as("a 16x result on a 4x claim")
                .isEqualTo(ClaimVerdict.STRONGER_THAN_CLAIMED);
        assertThat(FOUR_X.judge(Math.nextUp(6.0), 7.0)).isEqualTo(ClaimVerdict.STRONGER_THAN_CLAIMED);
        assertThat(FOUR_X.judge(6.0, 7.0)).as("touching the band's edge").isEqualTo(ClaimVerdict.INCONCLUSIVE);
    }

    @Test
    void weakerThanClaimedWhenAnEffectLiesWhollyBetweenNoChangeAndTheBand() {
        assertThat(FOUR_X.judge(1.5, 2.0)).isEqualTo(ClaimVerdict.WEAKER_THAN_CLAIMED);
        assertThat(FOUR_X.judge(Math.nextUp(1.0), Math.nextDown(FOUR_X.bandLow())))
                .isEqualTo(ClaimVerdict.WEAKER_THAN_CLAIMED);
        assertThat(FOUR_X.judge(1.0, 2.0)).as("not excluding no change").isEqualTo(ClaimVerdict.INCONCLUSIVE);
        assertThat(FOUR_X.judge(2.0, FOUR_X.bandLow())).as("touching the band").isEqualTo(ClaimVerdict.INCONCLUSIVE);
    }

    @Test
    void noEffectWhenTheIntervalExcludesEveryEffectAboveTheMinimum() {
        assertThat(FOUR_X.judge(0.98, 1.03)).isEqualTo(ClaimVerdict.NO_EFFECT);
        assertThat(FOUR_X.judge(1 / 1.05, 1.05)).as("edges included").isEqualTo(ClaimVerdict.NO_EFFECT);
        assertThat(FOUR_X.judge(1.01, 1.04)).as("a real but negligible effect").isEqualTo(ClaimVerdict.NO_EFFECT);
        assertThat(FOUR_X.judge(0.97, 0.99)).as("negligible, the other way").isEqualTo(ClaimVerdict.NO_EFFECT);
        assertThat(FOUR_X.judge(0.98, Math.nextUp(1.05))).isEqualTo(ClaimVerdict.INCONCLUSIVE);
    }

    @Test
    void refutedWhenTheWholeIntervalLiesBeyondTheMinimumEffectTheOtherWay() {
        assertThat(FOUR_X.judge(0.5, 0.8)).isEqualTo(ClaimVerdict.REFUTED);
        assertThat(FOUR_X.judge(0.9, Math.nextDown(1 / 1.05))).isEqualTo(ClaimVerdict.REFUTED);
        assertThat(FOUR_X.judge(0.9, Math.nextDown(1.0)))
                .as("the other way, but possibly by less than the minimum effect")
                .isEqualTo(ClaimVerdict.INCONCLUSIVE);
        assertThat(FOUR_X.judge(0.944, 0.9998))
                .as("an A/A experiment measured this: identical variants are never refuted by a hair")
                .isEqualTo(ClaimVerdict.INCONCLUSIVE);
        assertThat(FOUR_X.judge(0.9, 1.0)).as("touching no change").isEqualTo(ClaimVerdict.INCONCLUSIVE);
    }

    @Test
    void inconclusiveAcrossABoundaryOrWithoutAnInterval() {
        assertThat(FOUR_X.judge(2.0, 5.0)).as("across the band's lower edge").isEqualTo(ClaimVerdict.INCONCLUSIVE);
        assertThat(FOUR_X.judge(5.0, 9.0)).as("across its upper edge").isEqualTo(ClaimVerdict.INCONCLUSIVE);
        assertThat(FOUR_X.judge(0.5, 20.0)).isEqualTo(ClaimVerdict.INCONCLUSIVE);
        assertThat(FOUR_X.judge(null, 4.0)).isEqualTo(ClaimVerdict.INCONCLUSIVE);
        assertThat(FOUR_X.judge(Double.NaN, Double.NaN)).isEqualTo(ClaimVerdict.INCONCLUSIVE);
    }

    @Test
    void aDirectionOnlyClaimIsConfirmedAboveTheMinimumEffect() {
        ClaimedEffect faster = ClaimedEffect.direction();

        assertThat(faster.judge(Math.nextUp(1.05), 1.2)).isEqualTo(ClaimVerdict.CONFIRMED);
        assertThat(faster.judge(40.0, 60.0))
                .as("no size claimed, so never stronger")
                .isEqualTo(ClaimVerdict.CONFIRMED);
        assertThat(faster.judge(1.01, 1.2)).as("could be below the minimum").isEqualTo(ClaimVerdict.INCONCLUSIVE);
        assertThat(faster.judge(0.99, 1.02)).isEqualTo(ClaimVerdict.NO_EFFECT);
        assertThat(faster.judge(0.7, 0.9)).isEqualTo(ClaimVerdict.REFUTED);
    }

    @Test
    void aBandThatReachesIntoNoEffectIsRejected() {
        assertThatThrownBy(() -> ClaimedEffect.about(1.08))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimum effect");
        assertThatThrownBy(() -> new ClaimedEffect(4.0, 5.0, 6.0, 0.05))
                .hasMessageContaining("must hold the claimed size");
        assertThatThrownBy(() -> FOUR_X.judge(3.0, 2.0)).hasMessageContaining("reversed");
    }

    @Test
    void resultJsonWritesTheVocabularyAndReadsOldVerdicts() throws Exception {
        JsonNode written = ResultJson.tree(ClaimVerdict.STRONGER_THAN_CLAIMED);
        assertThat(written.asText()).isEqualTo("stronger-than-claimed");
        assertThat(ClaimVerdict.NO_EFFECT).hasToString("no-effect");

        String schema2 = """
                {"schemaVersion": 2, "runId": "old", "startedAt": "2026-01-01T00:00:00Z", "status": "OK",
                 "microbenchmarks": {"profile": "quick", "wallTimeSec": 1, "claims": [
                   {"claim": "Kryo is faster", "expectedRatio": 10.0, "measuredRatio": 14.1,
                    "measuredRatioError": 3.2, "verdict": "inconclusive", "noisy": true}]}}
                """;
        Claim old = ResultJson.read(new ObjectMapper().readTree(schema2))
                .microbenchmarks()
                .claims()
                .get(0);
        assertThat(old.verdict()).isEqualTo(ClaimVerdict.INCONCLUSIVE);
        assertThat(old.measuredRatioError()).isEqualTo(3.2);
        assertThat(old.ratioLow()).isNull();
    }
}
