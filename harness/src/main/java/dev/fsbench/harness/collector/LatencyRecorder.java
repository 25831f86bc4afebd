package dev.fsbench.harness.collector;

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

    public LatencyRecorder(Path logFile) throws FileNotFoundException {
        this.logStream = new PrintStream(logFile.toFile());
        this.logWriter = new HistogramLogWriter(logStream);
        this.logStartMs = System.currentTimeMillis();
        logWriter.outputLogFormatVersion();
        logWriter.outputStartTime(logStartMs);
        logWriter.setBaseTime(logStartMs);
        logWriter.outputLegend();
    }

    /** Called by the collector thread only. Latencies below 1 ms are recorded as 1 ms (log-scale charts). */
    public void record(long latencyMs) {
        if (latencyMs < 0) {
            negative++;
            return;
        }
        recorder.recordValue(Math.min(Math.max(latencyMs, 1), HIGHEST_TRACKABLE_MS));
    }

    /** Called by the collector thread only, for every window result, measured or not. */
    public void recordAnyWindow(long latencyMs) {
        if (latencyMs >= 0) {
            everyWindow.recordValue(Math.min(Math.max(latencyMs, 1), HIGHEST_TRACKABLE_MS));
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
        if (latencyMs >= 0) {
            visible.recordValue(Math.min(Math.max(latencyMs, 1), HIGHEST_TRACKABLE_MS));
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
