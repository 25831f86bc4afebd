package dev.fsbench.harness.collector;

import com.carrotsearch.hppc.LongHashSet;
import dev.fsbench.results.LatencyInterval;
import java.io.FileNotFoundException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * Window latency (output append time - window end) in an HdrHistogram with 3 significant digits. The collector
 * thread records; a once-a-second sampler rolls interval histograms, which become the latency-over-time series
 * and an HdrHistogram log file (readable by HistogramLogAnalyzer / the HdrHistogram plotter).
 */
public final class LatencyRecorder implements AutoCloseable {

    private static final long HIGHEST_TRACKABLE_MS = 3_600_000L;

    private final SingleWriterRecorder recorder = new SingleWriterRecorder(1, HIGHEST_TRACKABLE_MS, 3);
    // every window, warm-up included: what a warm-up detector watches before the measured phase begins
    private final SingleWriterRecorder everyWindow = new SingleWriterRecorder(1, HIGHEST_TRACKABLE_MS, 2);
    private Histogram everyWindowRecycled;
    private final Histogram total = new Histogram(1, HIGHEST_TRACKABLE_MS, 3);
    private final Histogram visible = new Histogram(1, HIGHEST_TRACKABLE_MS, 3);
    private final List<LatencyInterval> intervals = new ArrayList<>();
    private final PrintStream logStream;
    private final HistogramLogWriter logWriter;
    private final long logStartMs;
    private Histogram recycled;
    private volatile long negative;
    private volatile long aboveRange;
    // window ends of the measured results: every word of a window closes at once, so these are what the
    // percentiles rest on as independent observations
    private final LongHashSet measuredWindowEnds = new LongHashSet();

    public LatencyRecorder(Path logFile) throws FileNotFoundException {
        this.logStream = new PrintStream(logFile.toFile());
        this.logWriter = new HistogramLogWriter(logStream);
        this.logStartMs = System.currentTimeMillis();
        logWriter.outputLogFormatVersion();
        logWriter.outputStartTime(logStartMs);
        logWriter.setBaseTime(logStartMs);
        logWriter.outputLegend();
    }

    /**
     * Called by the collector thread only. Latencies below 1 ms are recorded as 1 ms (log-scale charts); negative
     * ones and those above the histogram's range are counted apart, not recorded (and not clamped).
     */
    public void record(long latencyMs) {
        if (latencyMs < 0) {
            negative++;
        } else if (latencyMs > HIGHEST_TRACKABLE_MS) {
            aboveRange++;
        } else {
            recorder.recordValue(Math.max(latencyMs, 1));
        }
    }

    /** As {@link #record(long)}, for a result of the window ending at {@code windowEndMs}. */
    public void record(long latencyMs, long windowEndMs) {
        record(latencyMs);
        if (latencyMs >= 0 && latencyMs <= HIGHEST_TRACKABLE_MS) {
            synchronized (measuredWindowEnds) {
                measuredWindowEnds.add(windowEndMs);
            }
        }
    }

    /** Distinct window ends among the recorded latencies: the independent window closes they rest on. */
    public long measuredWindows() {
        synchronized (measuredWindowEnds) {
            return measuredWindowEnds.size();
        }
    }

    /** Measured latencies above the histogram's highest trackable value, left out of the percentiles. */
    public long latenciesAboveRange() {
        return aboveRange;
    }

    /** Called by the collector thread only, for every window result, measured or not. */
    public void recordAnyWindow(long latencyMs) {
        if (latencyMs >= 0 && latencyMs <= HIGHEST_TRACKABLE_MS) {
            everyWindow.recordValue(Math.max(latencyMs, 1));
        }
    }

    /** Called once a second by the sampler: the last second's latency of every window, measured or not. */
    public synchronized LatencyInterval rollAnyWindow() {
        Histogram interval = everyWindow.getIntervalHistogram(everyWindowRecycled);
        everyWindowRecycled = interval;
        return summary(System.currentTimeMillis(), interval);
    }

    /**
     * Called by the collector thread only: emit-to-visible latency, i.e. when the collector could first read the
     * result (receive time - window end). Equals the append-time latency but for transactional (exactly-once)
     * output, which read_committed readers only see after the transaction commits.
     */
    public synchronized void recordVisible(long latencyMs) {
        if (latencyMs >= 0 && latencyMs <= HIGHEST_TRACKABLE_MS) {
            visible.recordValue(Math.max(latencyMs, 1));
        }
    }

    public synchronized Histogram visible() {
        return visible.copy();
    }

    /** Called once a second by the sampler; returns the interval just closed. */
    public synchronized LatencyInterval roll() {
        Histogram interval = recorder.getIntervalHistogram(recycled);
        recycled = interval;
        total.add(interval);
        long now = System.currentTimeMillis();
        logWriter.outputIntervalHistogram(interval);
        LatencyInterval point = summary(now, interval);
        intervals.add(point);
        return point;
    }

    private static LatencyInterval summary(long now, Histogram interval) {
        return new LatencyInterval(
                now,
                interval.getTotalCount(),
                interval.getTotalCount() == 0 ? 0 : interval.getValueAtPercentile(50),
                interval.getTotalCount() == 0 ? 0 : interval.getValueAtPercentile(99),
                interval.getMaxValue());
    }

    public synchronized Histogram total() {
        return total.copy();
    }

    public synchronized List<LatencyInterval> intervals() {
        return List.copyOf(intervals);
    }

    /** Results whose emit time preceded their window's end: impossible for a correct event-time engine. */
    public long negativeLatencies() {
        return negative;
    }

    @Override
    public synchronized void close() {
        logStream.close();
    }
}
