package dev.fsbench.harness.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fsbench.results.CapacityProbe;
import dev.fsbench.results.LimitedBy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

/** The search against a fake engine of known capacity: bracketing, refining, confirming, stepping down. */
class CapacitySearchTest {

    /** Sustains every rate up to its capacity; ramps stop at the first unsustained step, as the real one does. */
    private static class FakeProber implements Prober {
        final long capacity;
        final List<String> starts = new ArrayList<>();
        RulerSigns aboveCapacity = new RulerSigns(true, true, 0.6, 0.4);
        LongPredicate confirmFails = rate -> false;
        LongPredicate wrongOutput = rate -> false;

        FakeProber(long capacity) {
            this.capacity = capacity;
        }

        @Override
        public Run run(Phase phase, List<Long> rates) {
            starts.add(phase.label() + rates);
            List<ProbeOutcome> out = new ArrayList<>();
            for (long rate : rates) {
                boolean sustained = rate <= capacity && !(phase == Phase.CONFIRM && confirmFails.test(rate));
                if (sustained && wrongOutput.test(rate)) {
                    return new Run(out, "wrong output at " + rate);
                }
                out.add(new ProbeOutcome(
                        new CapacityProbe(
                                phase.label(), rate, sustained, sustained ? null : "backlog grows", null, null, null),
                        sustained ? RulerSigns.unknown() : aboveCapacity));
                if (!sustained) {
                    break;
                }
            }
            return new Run(out, null);
        }
    }

    private static SearchOutcome search(FakeProber prober, long start, long ceiling) {
        return search(prober, SearchPlan.of(start, ceiling));
    }

    private static SearchOutcome search(FakeProber prober, SearchPlan plan) {
        return new CapacitySearch(prober, plan, (phase, probe) -> {}).search();
    }

    @Test
    void bracketsRefinesAndConfirmsWithinTenPercentInThreeEngineStarts() {
        FakeProber engine = new FakeProber(23_000);

        SearchOutcome outcome = search(engine, 5_000, 1_000_000);

        assertThat(engine.starts)
                .containsExactly(
                        "ramp[5000, 10000, 20000, 40000, 80000, 160000, 320000, 640000, 1000000]",
                        "refine[20000, 22000, 24200, 26620, 29282, 32210, 35431, 38974]",
                        "confirm[22000]");
        assertThat(outcome.maxSustained()).isEqualTo(22_000L);
        assertThat(outcome.maxSustained()).isBetween((long) (23_000 / 1.1), 23_000L);
        assertThat(outcome.engineFailure()).isNull();
        assertThat(outcome.reachedCeiling()).isFalse();
        assertThat(outcome.boundingProbe()).map(ProbeOutcome::rate).contains(24_200L);
        assertThat(LimitRule.decide(outcome, 1_000_000, "generator").limitedBy())
                .isEqualTo(LimitedBy.ENGINE);
    }

    @Test
    void aCoarserPrecisionRefinesInFewerStepsAndSaysHowFineItGot() {
        FakeProber engine = new FakeProber(23_000);

        SearchOutcome outcome = search(engine, SearchPlan.of(5_000, 1_000_000, 0.20));

        assertThat(engine.starts.get(1)).isEqualTo("refine[20000, 24000, 28800, 34560]");
        assertThat(outcome.maxSustained()).isEqualTo(20_000L);
        // the engine failed at 24,000: the capacity lies below 1.2 times the figure
        assertThat(outcome.resolution(0.20)).isCloseTo(0.20, within(1e-9));
    }

    @Test
    void stepDownsReachAboutTwentyOnePercentBelowWhateverThePrecision() {
        assertThat(SearchPlan.of(5_000, 1_000_000).maxStepDowns()).isEqualTo(2);
        assertThat(SearchPlan.of(5_000, 1_000_000, 0.20).maxStepDowns()).isEqualTo(1);
        assertThat(SearchPlan.of(5_000, 1_000_000, 0.05).maxStepDowns()).isEqualTo(4);

        FakeProber engine = new FakeProber(23_000);
        engine.confirmFails = rate -> true;
        search(engine, SearchPlan.of(5_000, 1_000_000, 0.20));
        assertThat(engine.starts.subList(2, engine.starts.size())).containsExactly("confirm[20000]", "confirm[16667]");
    }

    @Test
    void theResolutionIsTheBracketTheProbesLeftNotThePlan() {
        FakeProber tenPercent = new FakeProber(23_000);
        assertThat(search(tenPercent, 5_000, 1_000_000).resolution(0.10)).isCloseTo(0.10, within(1e-9));

        // a refining ramp whose first step fails leaves only the ramp's bracket: 16,000 found, 32,000 failed
        FakeProber flaky = new FakeProber(20_000) {
            @Override
            public Run run(Phase phase, List<Long> rates) {
                return phase == Phase.REFINE ? super.run(phase, List.of(rates.get(0) * 10)) : super.run(phase, rates);
            }
        };
        SearchOutcome wide = search(flaky, 2_000, 1_000_000);
        assertThat(wide.maxSustained()).isEqualTo(16_000L);
        assertThat(wide.resolution(0.10)).isCloseTo(1.0, within(1e-9));

        // the ramp's failed 32,000 lies 2.6 % above the last refining step, 31,181: no finer than the plan's 10 %
        FakeProber narrow = new FakeProber(31_500);
        SearchOutcome narrowed = search(narrow, 2_000, 1_000_000);
        assertThat(narrowed.maxSustained()).isEqualTo(31_181L);
        assertThat(narrowed.resolution(0.10)).isEqualTo(0.10);

        // a ruler-limited figure has no failed rate above it: the plan's precision stands
        FakeProber unbounded = new FakeProber(10_000_000);
        assertThat(search(unbounded, 100_000, 300_000).resolution(0.10)).isEqualTo(0.10);
    }

    @Test
    void aFailedConfirmationStepsDown() {
        FakeProber engine = new FakeProber(23_000);
        engine.confirmFails = rate -> rate >= 21_000;

        SearchOutcome outcome = search(engine, 5_000, 1_000_000);

        assertThat(engine.starts.subList(2, engine.starts.size())).containsExactly("confirm[22000]", "confirm[20000]");
        assertThat(outcome.maxSustained()).isEqualTo(20_000L);
    }

    @Test
    void sustainingTheRulersCeilingIsGeneratorLimited() {
        FakeProber engine = new FakeProber(10_000_000);

        SearchOutcome outcome = search(engine, 100_000, 300_000);

        assertThat(engine.starts).containsExactly("ramp[100000, 200000, 300000]", "confirm[300000]");
        assertThat(outcome.maxSustained()).isEqualTo(300_000L);
        assertThat(outcome.reachedCeiling()).isTrue();
        LimitRule.Decision decision = LimitRule.decide(outcome, 300_000, "--max-rate");
        assertThat(decision.limitedBy()).isEqualTo(LimitedBy.GENERATOR);
        assertThat(decision.reason()).contains("300,000").contains("--max-rate");
    }

    @Test
    void aStartAboveCapacityRetriesFromALowerRate() {
        FakeProber engine = new FakeProber(3_000);

        SearchOutcome outcome = search(engine, 16_000, 1_000_000);

        assertThat(engine.starts.get(0)).startsWith("ramp[16000, 32000");
        assertThat(engine.starts.get(1)).isEqualTo("ramp[2000, 4000, 8000, 15999]");
        assertThat(outcome.maxSustained()).isBetween((long) (3_000 / 1.1), 3_000L);
    }

    @Test
    void wrongOutputAtASustainedRateFailsTheEngine() {
        FakeProber engine = new FakeProber(23_000);
        engine.wrongOutput = rate -> rate == 10_000;

        SearchOutcome outcome = search(engine, 5_000, 1_000_000);

        assertThat(outcome.engineFailure()).isEqualTo("wrong output at 10000");
        assertThat(outcome.maxSustained()).isNull();
        assertThat(engine.starts).hasSize(1);
    }

    @Test
    void theBoundingProbesRulerSignsNameTheLimit() {
        FakeProber engine = new FakeProber(23_000);
        engine.aboveCapacity = new RulerSigns(false, true, 0.95, 0.3);
        assertThat(LimitRule.decide(search(engine, 5_000, 1_000_000), 1_000_000, "generator")
                        .limitedBy())
                .isEqualTo(LimitedBy.GENERATOR);

        engine.aboveCapacity = new RulerSigns(true, false, 0.95, 0.3);
        assertThat(LimitRule.decide(search(engine, 5_000, 1_000_000), 1_000_000, "generator")
                        .limitedBy())
                .isEqualTo(LimitedBy.COLLECTOR);

        engine.aboveCapacity = new RulerSigns(true, true, 0.95, 0.3);
        LimitRule.Decision machine = LimitRule.decide(search(engine, 5_000, 1_000_000), 1_000_000, "generator");
        assertThat(machine.limitedBy()).isEqualTo(LimitedBy.MACHINE);
        assertThat(machine.reason()).contains("95 %").contains("30 %");

        // busy, but the engine had most of it: the engine's own limit
        engine.aboveCapacity = new RulerSigns(true, true, 0.95, 0.6);
        assertThat(LimitRule.decide(search(engine, 5_000, 1_000_000), 1_000_000, "generator")
                        .limitedBy())
                .isEqualTo(LimitedBy.ENGINE);
    }
}
