package dev.fsbench.harness.sustain;

import dev.fsbench.harness.generator.WarmupGate;
import dev.fsbench.results.LatencyInterval;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Ends the warm-up once the engine is steady: over the last {@link #SECONDS} seconds, at least
 * {@link #MIN_SECONDS_WITH_RESULTS} of them delivered results, their per-second p99s lie within a band (the
 * highest at most max(100 ms, 50 %) above the lowest: the tolerance of latencyTrend), and the backlog is not
 * growing (least-squares slope at most {@link SustainRule#MAX_BACKLOG_GROWTH_SHARE} of the rate). An engine whose
 * first results are slow (Structured Streaming's first micro-batches) is not steady until they are out of the
 * window, so they never count as its measured latency. Fed once a second by the sampler, asked by the generator.
 */
public final class SteadyStateDetector implements WarmupGate {

    public static final int SECONDS = 5;
    public static final int MIN_SECONDS_WITH_RESULTS = 3;
    public static final double BAND_MIN_MS = 100;
    public static final double BAND_SHARE = 0.5;

    private final double maxBacklogSlope;
    private final Deque<Second> last = new ArrayDeque<>();

    private record Second(long t, LatencyInterval latency, double backlogEvents) {}

    /** @param ratePerSec the warm-up's rate, against which backlog growth is judged */
    public SteadyStateDetector(long ratePerSec) {
        this.maxBacklogSlope = SustainRule.MAX_BACKLOG_GROWTH_SHARE * ratePerSec;
    }

    /** One second's latency of every window delivered in it, and the backlog at its end. */
    public synchronized void observe(long t, LatencyInterval latency, double backlogEvents) {
        last.addLast(new Second(t, latency, backlogEvents));
        while (last.size() > SECONDS) {
            last.removeFirst();
        }
    }

    @Override
    public synchronized boolean steady(long elapsedMillis) {
        if (last.size() < SECONDS) {
            return false;
        }
        List<Double> p99s = new ArrayList<>();
        SimpleRegression backlog = new SimpleRegression();
        for (Second second : last) {
            if (second.latency().count() > 0) {
                p99s.add(second.latency().p99());
            }
            backlog.addData(second.t() / 1000.0, second.backlogEvents());
        }
        if (p99s.size() < MIN_SECONDS_WITH_RESULTS) {
            return false;
        }
        double low = p99s.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = p99s.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        boolean inBand = high - low <= Math.max(BAND_MIN_MS, BAND_SHARE * low);
        return inBand && backlog.getSlope() <= maxBacklogSlope;
    }
}
