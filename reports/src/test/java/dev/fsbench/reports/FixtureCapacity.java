package dev.fsbench.reports;

import dev.fsbench.results.CapacityProbe;
import dev.fsbench.results.CapacityResult;
import dev.fsbench.results.Cost;
import dev.fsbench.results.LimitedBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The schema-2 sections of {@link ResultFixtures}' runs: capacity searches as {@code bench capacity} runs them (a
 * doubling ramp in one engine instance, a refinement in 10 % steps, a confirming run at the rate found) and the
 * cost of a workload's measured phase.
 */
final class FixtureCapacity {
    static final String SCENARIO = "wordcount-tumbling";
    /** The generator's own ceiling on the fixtures' machine, measured by the same command. */
    static final double RULER_CEILING = 720_000;

    private FixtureCapacity() {}

    /** baseline (engine-limited), flink (beyond the ruler: "at least"), spark-structured (engine-limited). */
    static List<CapacityResult> capacity(double slowdown) {
        CapacityResult baseline = search("baseline", 640_000 / slowdown, 180, null);
        double base = baseline.maxSustainableEventsPerSec();
        return List.of(
                baseline,
                search("flink", 1_000_000 / slowdown, 140, base),
                search("spark-structured", 180_000 / slowdown, 1400, base));
    }

    private static CapacityResult search(String engine, double trueCapacity, double p50AtRest, Double baselineMax) {
        List<CapacityProbe> probes = new ArrayList<>();
        long lastSustained = 0;
        long rate = 50_000;
        for (; ; rate *= 2) {
            CapacityProbe p = probe("ramp", rate, trueCapacity, p50AtRest);
            probes.add(p);
            if (!p.sustained()) {
                break;
            }
            lastSustained = rate;
        }
        long firstUnsustained = rate;
        for (long r = Math.round(lastSustained * 1.1); r < firstUnsustained; r = Math.round(r * 1.1)) {
            CapacityProbe p = probe("refine", r, trueCapacity, p50AtRest);
            probes.add(p);
            if (!p.sustained()) {
                break;
            }
            lastSustained = r;
        }
        probes.add(probe("confirm", lastSustained, trueCapacity, p50AtRest));
        boolean rulerBound = trueCapacity > RULER_CEILING;
        LimitedBy limitedBy = rulerBound ? LimitedBy.GENERATOR : LimitedBy.ENGINE;
        double max = lastSustained;
        String reason = rulerBound
                ? String.format(
                        Locale.ROOT,
                        "the generator fell behind its schedule above %,d ev/s (its own ceiling: %,.0f ev/s)",
                        lastSustained,
                        RULER_CEILING)
                : String.format(
                        Locale.ROOT,
                        "the engine fell behind above %,d ev/s while the generator kept its schedule"
                                + " (max lag 14 ms) and the machine had CPU to spare (68 %% busy)",
                        lastSustained);
        return new CapacityResult(
                engine,
                SCENARIO,
                max,
                limitedBy,
                reason,
                baselineMax == null ? 1.0 : max / baselineMax,
                rulerBound,
                RULER_CEILING,
                null,
                probes,
                null,
                resolution(probes, max));
    }

    /** As the harness's search records it: the lowest failed rate above the figure, over it, minus 1. */
    private static double resolution(List<CapacityProbe> probes, double max) {
        return probes.stream()
                .filter(p -> !p.sustained() && p.rate() > max)
                .mapToDouble(p -> p.rate() / max - 1)
                .min()
                .orElse(0.10);
    }

    private static CapacityProbe probe(String phase, long rate, double trueCapacity, double p50AtRest) {
        boolean overRuler = rate > RULER_CEILING;
        boolean sustained = rate <= trueCapacity && !overRuler;
        double load = Math.min(rate / trueCapacity, 1.0);
        double p50 = p50AtRest * (1 + 0.6 * Math.pow(load, 4)) * (sustained ? 1 : 6);
        String reason = sustained
                ? null
                : overRuler
                        ? "the generator lagged 2,400 ms behind its schedule (bound 1,000 ms)"
                        : String.format(
                                Locale.ROOT, "the backlog grew by %,.0f events/s over the probe", rate - trueCapacity);
        return new CapacityProbe(
                phase,
                rate,
                sustained,
                reason,
                sustained ? (double) rate : Math.min(rate, trueCapacity),
                new CapacityProbe.ProbeLatency(p50, p50 * 2.7),
                12 + 400_000.0 / rate);
    }

    /** The engine's cost over 60 s at {@code rate} ev/s using {@code cores} CPU cores. */
    static Cost cost(int rate, double cores, double slowdown, Random rnd) {
        double jitter = 1 + rnd.nextGaussian() * 0.02;
        return new Cost(
                cores * slowdown * jitter / (rate / 1e6),
                cores * slowdown * jitter,
                (rate > 0 ? 210e6 / rate : 0) * jitter,
                0.003 * slowdown * jitter,
                96L * 1024 * 1024,
                0.62 * jitter,
                1.4 * jitter,
                null,
                Cost.INPUT_BASIS);
    }
}
