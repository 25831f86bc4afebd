package dev.fsbench.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Forwards every event unchanged and measures it as it reaches the window operator (it is chained in front
 * of it, after the keyBy shuffle) with each of Flink's four metric types, in a metric group of their own.
 * <ul>
 *   <li>Counter {@value #WORDS_IN}, Meter {@value #WORDS_PER_SECOND} (rate over {@value #METER_SPAN_SECONDS} s)</li>
 *   <li>Histogram {@value #EVENT_TIME_LAG_MS}: wall clock minus event time of each record, over the last
 *       {@value #HISTOGRAM_SAMPLES} records of the subtask (it includes the generator's deliberate disorder)</li>
 *   <li>Gauge {@value #WATERMARK_LAG_MS}: wall clock minus the operator's current watermark</li>
 * </ul>
 */
final class WindowInputProbe<K, T> extends KeyedProcessFunction<K, T, T> {

    static final String GROUP = "fsbench";
    static final String WORDS_IN = "wordsIn";
    static final String WORDS_PER_SECOND = "wordsPerSecond";
    static final String EVENT_TIME_LAG_MS = "eventTimeLagMs";
    static final String WATERMARK_LAG_MS = "watermarkLagMs";
    static final int METER_SPAN_SECONDS = 5;
    static final int HISTOGRAM_SAMPLES = 10_000;

    private transient Counter wordsIn;
    private transient Histogram eventTimeLag;
    private transient volatile long currentWatermark;

    @Override
    public void open(OpenContext openContext) {
        MetricGroup group = getRuntimeContext().getMetricGroup().addGroup(GROUP);
        wordsIn = group.counter(WORDS_IN);
        group.meter(WORDS_PER_SECOND, new MeterView(wordsIn, METER_SPAN_SECONDS));
        eventTimeLag = group.histogram(EVENT_TIME_LAG_MS, new DescriptiveStatisticsHistogram(HISTOGRAM_SAMPLES));
        currentWatermark = Long.MIN_VALUE;
        group.gauge(WATERMARK_LAG_MS, (Gauge<Long>) this::watermarkLagMs);
    }

    @Override
    public void processElement(T event, Context ctx, Collector<T> out) {
        long now = System.currentTimeMillis();
        wordsIn.inc();
        eventTimeLag.update(now - ctx.timestamp());
        currentWatermark = ctx.timerService().currentWatermark();
        out.collect(event);
    }

    /** Null (not reported) until a watermark has been seen: a lag against Long.MIN_VALUE means nothing. */
    private Long watermarkLagMs() {
        long watermark = currentWatermark;
        return watermark == Long.MIN_VALUE ? null : System.currentTimeMillis() - watermark;
    }
}
