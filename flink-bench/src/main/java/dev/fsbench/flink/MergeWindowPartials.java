package dev.fsbench.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The second phase of the skew mitigations: sums the partial counts of one (word, window start) and emits the
 * total once the watermark reaches the window's last millisecond. That is exactly when every partial has
 * arrived: each first-phase subtask emits a window's partials (stamped with that millisecond) while handling
 * the watermark that closes it, and forwards the watermark only afterwards.
 */
final class MergeWindowPartials extends KeyedProcessFunction<Tuple2<String, Long>, WindowCount, WindowCount> {

    static final TypeInformation<Tuple2<String, Long>> KEY_TYPE = Types.TUPLE(Types.STRING, Types.LONG);

    private final ResultObjects results;
    private transient ValueState<Long> total;

    MergeWindowPartials(boolean reuseResultObject) {
        this.results = new ResultObjects(reuseResultObject);
    }

    /** keyBy(word, window start) for the partials. */
    static KeySelector<WindowCount, Tuple2<String, Long>> byWordAndWindow() {
        return new WordAndWindow();
    }

    @Override
    public void open(OpenContext openContext) {
        total = getRuntimeContext().getState(new ValueStateDescriptor<>("window-total", Types.LONG));
    }

    @Override
    public void processElement(WindowCount partial, Context ctx, Collector<WindowCount> out) throws Exception {
        Long sum = total.value();
        total.update(sum == null ? partial.count : sum + partial.count);
        ctx.timerService().registerEventTimeTimer(partial.windowEndMs - 1);
    }

    @Override
    public void onTimer(long lastMillisecond, OnTimerContext ctx, Collector<WindowCount> out) throws Exception {
        Tuple2<String, Long> key = ctx.getCurrentKey();
        out.collect(results.next(key.f1, lastMillisecond + 1, key.f0, total.value()));
        total.clear();
    }

    private static final class WordAndWindow implements KeySelector<WindowCount, Tuple2<String, Long>> {
        @Override
        public Tuple2<String, Long> getKey(WindowCount partial) {
            return Tuple2.of(partial.word, partial.windowStartMs);
        }
    }
}
