package dev.fsbench.harness.sustain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.Sustainability;
import dev.fsbench.results.ThroughputPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class SustainRuleTest {

    private static final long RATE = 10_000;
    private static final long T0 = 1_800_000_000_000L;
    private static final int SECONDS = 20;

    /** A steady engine: backlog and latency jitter (a sawtooth) around a flat level. */
    private static final IntToDoubleFunction STEADY_BACKLOG = s -> 2_000 + (s % 3) * 1_000;

    private static final IntToDoubleFunction STEADY_LATENCY = s -> 220 + (s % 4) * 15;

    @Test
    void steadyEngineIsSustained() {
        Sustainability verdict = SustainRule.judge(evidence(STEADY_BACKLOG, STEADY_LATENCY));

        assertThat(verdict.sustained()).isTrue();
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void oneSlowSecondAtTheEndIsNoTrend() {
        IntToDoubleFunction spike = s -> s == SECONDS - 1 ? 1_500 : STEADY_LATENCY.applyAsDouble(s);

        assertThat(SustainRule.judge(evidence(STEADY_BACKLOG, spike)).sustained())
                .isTrue();
    }

    @Test
    void generatorBehindItsRateBreaksTheSchedule() {
        SustainEvidence evidence = new SustainEvidence(
                RATE, 0.9 * RATE, 50, points(STEADY_BACKLOG), latency(STEADY_LATENCY), true, 0, null, 1_000);

        assertThat(SustainRule.generatorKeptSchedule(evidence)).isFalse();
        assertThat(SustainRule.judge(evidence).reasons())
                .singleElement()
                .asString()
                .contains("did not keep its schedule");
    }

    @Test
    void generatorLaggingBeyondTheBoundBreaksTheSchedule() {
        SustainEvidence evidence = new SustainEvidence(
                RATE, RATE, 1_500, points(STEADY_BACKLOG), latency(STEADY_LATENCY), true, 0, null, 1_000);

        assertThat(SustainRule.generatorKeptSchedule(evidence)).isFalse();
        assertThat(SustainRule.judge(evidence).sustained()).isFalse();
    }

    @Test
    void unverifiedOutputIsNotSustained() {
        SustainEvidence evidence = new SustainEvidence(
                RATE, RATE, 50, points(STEADY_BACKLOG), latency(STEADY_LATENCY), false, 0, null, 1_000);

        assertThat(SustainRule.judge(evidence).reasons()).containsExactly("the output did not verify");
        assertThat(SustainRule.generatorKeptSchedule(evidence)).isTrue();
    }

    @Test
    void undeliveredWindowsAreNotSustained() {
        SustainEvidence evidence = new SustainEvidence(
                RATE, RATE, 50, points(STEADY_BACKLOG), latency(STEADY_LATENCY), true, 1_234, null, 1_000);

        assertThat(SustainRule.judge(evidence).reasons())
                .singleElement()
                .asString()
                .contains("1,234 windows were still undelivered");
    }

    @Test
    void growingBacklogIsNotSustained() {
        // an engine processing 90 % of its input: the backlog grows by 10 % of the rate every second
        Sustainability verdict = SustainRule.judge(evidence(s -> 2_000 + 0.10 * RATE * s, STEADY_LATENCY));

        assertThat(verdict.sustained()).isFalse();
        assertThat(verdict.reasons()).singleElement().asString().startsWith("the backlog grew by");
    }

    @Test
    void backlogGrowingWithinTheToleranceIsSustained() {
        Sustainability verdict = SustainRule.judge(evidence(s -> 2_000 + 0.02 * RATE * s, STEADY_LATENCY));

        assertThat(verdict.sustained()).isTrue();
    }

    @Test
    void risingLatencyIsNotSustained() {
        // like the baseline at 50,000 ev/s on 100 windows per event: p50 and p99 climbing by 500 ms a second
        Sustainability verdict = SustainRule.judge(evidence(STEADY_BACKLOG, s -> 300 + 500.0 * s));

        assertThat(verdict.sustained()).isFalse();
        assertThat(verdict.reasons()).hasSize(2).allMatch(reason -> reason.contains("latency rose by"));
    }

    @Test
    void p99AboveTheSloIsNotSustained() {
        SustainEvidence evidence = new SustainEvidence(
                RATE, RATE, 50, points(STEADY_BACKLOG), latency(STEADY_LATENCY), true, 0, 200.0, 1_000);

        assertThat(SustainRule.judge(evidence).reasons())
                .singleElement()
                .asString()
                .contains("above the SLO of 200 ms");
        assertThat(SustainRule.judge(withSlo(300.0)).sustained()).isTrue();
    }

    @Test
    void tooShortASeriesJudgesNoTrend() {
        SustainEvidence evidence = new SustainEvidence(
                RATE,
                RATE,
                50,
                points(s -> 1_000.0 * RATE * s).subList(0, 3),
                latency(s -> 1_000.0 * s).subList(0, 3),
                true,
                0,
                null,
                1_000);

        assertThat(SustainRule.judge(evidence).sustained()).isTrue();
    }

    @Test
    void aShortOverloadWhoseBacklogIsTooScatteredForTheSlopeTestStillFails() {
        // 6 judged seconds of a 2x overload (the backlog grows by the rate every second) under a sawtooth of three
        // seconds of input: the slope is not significant with so few points, the growth still is
        IntToDoubleFunction overloaded = s -> s * (double) RATE + (s % 2 == 0 ? 3 * RATE : 0);
        List<ThroughputPoint> six = points(overloaded).subList(0, 6);
        SustainEvidence evidence =
                new SustainEvidence(RATE, RATE, 50, six, latency(STEADY_LATENCY).subList(0, 6), true, 0, null, 1_000);

        Sustainability verdict = SustainRule.judge(evidence);

        assertThat(verdict.sustained()).isFalse();
        assertThat(verdict.reasons()).anyMatch(r -> r.startsWith("the backlog grew by"));
    }

    private static SustainEvidence withSlo(double slo) {
        return new SustainEvidence(
                RATE, RATE, 50, points(STEADY_BACKLOG), latency(STEADY_LATENCY), true, 0, slo, 1_000);
    }

    private static SustainEvidence evidence(IntToDoubleFunction backlog, IntToDoubleFunction latency) {
        return new SustainEvidence(RATE, RATE, 50, points(backlog), latency(latency), true, 0, null, 1_000);
    }

    private static List<ThroughputPoint> points(IntToDoubleFunction backlog) {
        List<ThroughputPoint> points = new ArrayList<>();
        for (int s = 0; s < SECONDS; s++) {
            points.add(new ThroughputPoint(T0 + s * 1000L, RATE, (double) RATE, backlog.applyAsDouble(s), 5.0));
        }
        return points;
    }

    private static List<LatencyInterval> latency(IntToDoubleFunction p99) {
        List<LatencyInterval> intervals = new ArrayList<>();
        for (int s = 0; s < SECONDS; s++) {
            double value = p99.applyAsDouble(s);
            intervals.add(new LatencyInterval(T0 + (s + 1) * 1000L, 1_000, value * 0.9, value, value * 1.1));
        }
        return intervals;
    }
}
