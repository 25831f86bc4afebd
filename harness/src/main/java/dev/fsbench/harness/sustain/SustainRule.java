package dev.fsbench.harness.sustain;

import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.Sustainability;
import dev.fsbench.results.ThroughputPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Whether an engine sustained the load of one interval: the same rule for every engine, after Karimov et al.,
 * "Benchmarking Distributed Stream Data Processing Systems" (ICDE 2018): a load is sustainable when the system
 * keeps up with it without a backlog that keeps growing and without latency that keeps rising. The rule and the
 * reasons for its thresholds are in docs/measurement.md ("Sustainable"); every broken part is a reason of its own.
 */
public final class SustainRule {

    /** The generator kept its schedule when it sent at least this share of the requested rate. */
    public static final double MIN_ACHIEVED_SHARE = 0.98;

    /**
     * The backlog grows when its trend adds more than this share of the offered rate per second: the engine then
     * processes less than 95 % of what it is offered. Finer than the 10 % a capacity search has to resolve.
     */
    public static final double MAX_BACKLOG_GROWTH_SHARE = 0.05;

    /**
     * Latency rises when its trend adds more than this many ms per second of wall time: an engine processing 95 %
     * of its input falls behind by 1/19 s every second, about 53 ms; so both trend tests flag the same deficit.
     */
    public static final double MAX_LATENCY_GROWTH_MS_PER_SEC = 50;

    /** A trend counts only when a zero slope is this unlikely (t-test on the slope): one spike is not a trend. */
    public static final double TREND_SIGNIFICANCE = 0.01;

    /** Seconds of offered input a steady engine's backlog may swing by (its windows' sawtooth and delivery jitter). */
    public static final double GROSS_GROWTH_SLACK_SECONDS = 1.0;

    private SustainRule() {}

    /** Sustained when no part of the rule is broken; the reasons list every broken part. */
    public static Sustainability judge(SustainEvidence evidence) {
        List<String> reasons = new ArrayList<>();
        if (!generatorKeptSchedule(evidence)) {
            reasons.add(scheduleReason(evidence));
        }
        if (!evidence.verified()) {
            reasons.add("the output did not verify");
        }
        if (evidence.windowsUndelivered() > 0) {
            reasons.add(String.format(
                    "%,d windows were still undelivered when the harness stopped waiting",
                    evidence.windowsUndelivered()));
        }
        backlogReason(evidence).ifPresent(reasons::add);
        latencyReason(evidence, "p50", LatencyInterval::p50).ifPresent(reasons::add);
        latencyReason(evidence, "p99", LatencyInterval::p99).ifPresent(reasons::add);
        sloReason(evidence).ifPresent(reasons::add);
        return reasons.isEmpty() ? Sustainability.yes() : Sustainability.no(reasons);
    }

    /** The generator sent at least 98 % of the requested rate and never lagged beyond the bound: else INVALID. */
    public static boolean generatorKeptSchedule(SustainEvidence evidence) {
        return evidence.achievedRatePerSec() >= MIN_ACHIEVED_SHARE * evidence.requestedRatePerSec()
                && evidence.maxScheduleLagMs() <= evidence.maxScheduleLagBoundMs();
    }

    /** Why the generator did not keep its schedule, in words. */
    public static String scheduleReason(SustainEvidence evidence) {
        return String.format(
                "the generator did not keep its schedule: %,.0f of %,d ev/s requested (at least %.0f %% needed),"
                        + " max schedule lag %,.0f ms (at most %,d ms allowed)",
                evidence.achievedRatePerSec(),
                evidence.requestedRatePerSec(),
                MIN_ACHIEVED_SHARE * 100,
                evidence.maxScheduleLagMs(),
                evidence.maxScheduleLagBoundMs());
    }

    private static Optional<String> backlogReason(SustainEvidence evidence) {
        List<double[]> backlog = new ArrayList<>();
        for (ThroughputPoint point : evidence.perSecond()) {
            if (point.backlogEvents() != null) {
                backlog.add(new double[] {point.t(), point.backlogEvents()});
            }
        }
        Trend trend = Trend.of(backlog);
        double bound = MAX_BACKLOG_GROWTH_SHARE * evidence.requestedRatePerSec();
        if (trend == null) {
            return Optional.empty();
        }
        if (!trend.risesFasterThan(bound)) {
            return grossGrowth(evidence, backlog, trend, bound);
        }
        return Optional.of(String.format(
                "the backlog grew by %,.0f events/s over %d s (%.0f %% of the offered rate; at most %.0f %% allowed),"
                        + " ending at %,.0f events",
                trend.slopePerSecond(),
                trend.seconds(),
                100 * trend.slopePerSecond() / Math.max(1, evidence.requestedRatePerSec()),
                MAX_BACKLOG_GROWTH_SHARE * 100,
                backlog.get(backlog.size() - 1)[1]));
    }

    /**
     * The slope test needs its trend to stand out of the series' scatter, and a windowed engine's backlog is a
     * sawtooth (it drops each time a window's results are appended): over a short interval (a probe of a few
     * seconds) even a 2x overload can fail to be significant. So a backlog whose fitted line grew over the interval
     * by more than the allowed growth plus {@link #GROSS_GROWTH_SLACK_SECONDS} of the offered input (more than the
     * sawtooth of windows of up to that length can tilt a line) grew, however scattered it was.
     */
    private static Optional<String> grossGrowth(
            SustainEvidence evidence, List<double[]> backlog, Trend trend, double bound) {
        double seconds = (backlog.get(backlog.size() - 1)[0] - backlog.get(0)[0]) / 1000.0;
        double growth = trend.slopePerSecond() * seconds;
        double allowed = bound * seconds + GROSS_GROWTH_SLACK_SECONDS * evidence.requestedRatePerSec();
        if (growth <= allowed) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                "the backlog grew by about %,.0f events over %.0f s (its fitted line; more than the %,.0f events a"
                        + " steady engine's windows can explain), ending at %,.0f events",
                growth, seconds, allowed, backlog.get(backlog.size() - 1)[1]));
    }

    private static Optional<String> latencyReason(
            SustainEvidence evidence, String percentile, ToDoubleFunction<LatencyInterval> value) {
        List<double[]> series = evidence.latencyPerSecond().stream()
                .filter(interval -> interval.count() > 0)
                .map(interval -> new double[] {interval.t(), value.applyAsDouble(interval)})
                .toList();
        Trend trend = Trend.of(series);
        if (trend == null || !trend.risesFasterThan(MAX_LATENCY_GROWTH_MS_PER_SEC)) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                "%s latency rose by %,.0f ms per second over %d s (at most %.0f ms/s allowed), to %,.0f ms",
                percentile,
                trend.slopePerSecond(),
                trend.seconds(),
                MAX_LATENCY_GROWTH_MS_PER_SEC,
                series.get(series.size() - 1)[1]));
    }

    /**
     * The interval's p99 against the SLO, taken as the median of its per-second p99s (the typical second: exact
     * percentiles of the interval cannot be recombined from per-second ones, and one slow second is the trend
     * test's business, not the SLO's).
     */
    private static Optional<String> sloReason(SustainEvidence evidence) {
        if (evidence.latencySloMs() == null) {
            return Optional.empty();
        }
        double[] p99s = evidence.latencyPerSecond().stream()
                .filter(interval -> interval.count() > 0)
                .mapToDouble(LatencyInterval::p99)
                .toArray();
        if (p99s.length == 0) {
            return Optional.of("no window latency was measured, so the latency SLO cannot be met");
        }
        double median = new Median().evaluate(p99s);
        if (median <= evidence.latencySloMs()) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                "p99 latency %,.0f ms (median of the per-second p99) is above the SLO of %,.0f ms",
                median, evidence.latencySloMs()));
    }
}
