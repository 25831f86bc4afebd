package dev.fsbench.harness.profile;

import dev.fsbench.results.BurstAnalysis;
import dev.fsbench.results.EngineMetrics;
import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.RateProfileResult;
import dev.fsbench.results.SeriesPoint;
import dev.fsbench.results.ThroughputPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * How the engine took each burst of a rate profile, read from the workload's per-second series (backlog, latency,
 * input) and the engine's intake ({@link IntakeSeries}). The rules, in docs/backpressure.md:
 * <ul>
 *   <li>the pre-burst level is the highest backlog over the seconds before the burst (at least 5 s, and at least a
 *       window and its slide, so a windowed engine's sawtooth is covered), plus 10 % of a second of the base rate
 *       for jitter;</li>
 *   <li>the burst drained at the end of the first second after it from which the backlog stays at or below that
 *       level for {@value #STAY_SECONDS} seconds (or until the series ends);</li>
 *   <li>the peaks are taken from the burst's start until it drained (or the series ended);</li>
 *   <li>intake was capped when the engine took less than {@value #CAPPED_SHARE} of what was sent during the burst
 *       while the backlog grew above the pre-burst level.</li>
 * </ul>
 */
public final class BurstAnalyzer {

    static final int STAY_SECONDS = 3;
    static final double CAPPED_SHARE = 0.9;
    static final long MIN_LOOKBACK_MS = 5_000;

    private BurstAnalyzer() {}

    /** What the workload's series show, with the schedule anchored at {@code scheduleStartEpochMs}. */
    public record Series(
            List<ThroughputPoint> throughput, List<LatencyInterval> latency, List<EngineMetrics.Series> engine) {}

    /**
     * @param lookbackMs how far before a burst its pre-burst level is read: at least {@link #MIN_LOOKBACK_MS}
     */
    public static RateProfileResult analyze(
            RateProfile profile, long scheduleStartEpochMs, long lookbackMs, Series series) {
        long measureStart = scheduleStartEpochMs + profile.warmupMs();
        List<RateProfileResult.Step> steps = profile.steps().stream()
                .map(s -> new RateProfileResult.Step(
                        s.index(),
                        s.text(),
                        measureStart + s.offsetMs(),
                        measureStart + s.endOffsetMs(),
                        s.ratePerSec()))
                .toList();
        List<SeriesPoint> intake = series.engine().stream()
                .filter(s -> IntakeSeries.NAME.equals(s.name()))
                .flatMap(s -> s.points().stream())
                .toList();
        List<BurstAnalysis> bursts = new ArrayList<>();
        for (RateProfile.Step burst : profile.bursts()) {
            bursts.add(burst(
                    burst,
                    measureStart + burst.offsetMs(),
                    measureStart + burst.endOffsetMs(),
                    profile.baseRate(),
                    Math.max(MIN_LOOKBACK_MS, lookbackMs),
                    series,
                    intake));
        }
        return new RateProfileResult(profile.baseRate(), steps, bursts);
    }

    private static BurstAnalysis burst(
            RateProfile.Step step,
            long from,
            long to,
            long baseRate,
            long lookbackMs,
            Series series,
            List<SeriesPoint> intake) {
        List<ThroughputPoint> seconds = series.throughput();
        double preBurst = max(seconds, p -> p.t() >= from - lookbackMs && p.t() + 1000 <= from)
                .orElse(0);
        double level = preBurst + 0.1 * baseRate;
        Long drainedAt = drainedAt(seconds, to, level);
        long until = drainedAt != null ? drainedAt : Long.MAX_VALUE;
        double peakBacklog =
                max(seconds, p -> p.t() + 1000 > from && p.t() < until).orElse(preBurst);
        OptionalDouble peakLatency = series.latency().stream()
                .filter(l -> l.count() > 0 && l.t() > from && l.t() - 1000 < until)
                .mapToDouble(LatencyInterval::max)
                .max();
        double sent = seconds.stream()
                .filter(p -> p.t() >= from && p.t() + 1000 <= to)
                .mapToDouble(ThroughputPoint::inputEvents)
                .sum();
        long sentSeconds = seconds.stream()
                .filter(p -> p.t() >= from && p.t() + 1000 <= to)
                .count();
        List<SeriesPoint> intakeInBurst =
                intake.stream().filter(p -> p.t() >= from && p.t() + 1000 <= to).toList();
        Double intakeRate = intakeInBurst.isEmpty()
                ? null
                : intakeInBurst.stream().mapToDouble(p -> p.v().doubleValue()).sum() / intakeInBurst.size();
        double sentRate = sentSeconds == 0 ? step.ratePerSec() : sent / sentSeconds;
        Boolean capped = intakeRate == null ? null : intakeRate < CAPPED_SHARE * sentRate && peakBacklog > level;
        return new BurstAnalysis(
                step.index(),
                from,
                to,
                step.ratePerSec(),
                preBurst,
                peakBacklog,
                peakLatency.isPresent() ? peakLatency.getAsDouble() : null,
                drainedAt == null ? null : Math.max(0, drainedAt - to),
                sentRate,
                intakeRate,
                capped);
    }

    /**
     * The end of the first whole second after {@code burstEnd} from which the backlog stays at or below
     * {@code level} for {@link #STAY_SECONDS} seconds (fewer where the series ends first); null if none.
     */
    static Long drainedAt(List<ThroughputPoint> seconds, long burstEnd, double level) {
        List<ThroughputPoint> after = seconds.stream()
                .filter(p -> p.t() + 1000 > burstEnd && p.backlogEvents() != null)
                .toList();
        for (int i = 0; i < after.size(); i++) {
            boolean stays = true;
            for (int j = i; j < Math.min(after.size(), i + STAY_SECONDS); j++) {
                stays &= after.get(j).backlogEvents() <= level;
            }
            if (stays) {
                return after.get(i).t() + 1000;
            }
        }
        return null;
    }

    private static OptionalDouble max(List<ThroughputPoint> seconds, Predicate<ThroughputPoint> inside) {
        return seconds.stream()
                .filter(p -> p.backlogEvents() != null && inside.test(p))
                .mapToDouble(ThroughputPoint::backlogEvents)
                .max();
    }
}
