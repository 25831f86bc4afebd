package dev.fsbench.flink;

import dev.fsbench.api.WindowSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * The first phase of {@code flink.skewMitigation=rebalance}: after {@code rebalance()} each subtask sees an even
 * share of all words, counts its share per (window, word) in memory, and emits those partial counts when the
 * watermark passes a window's end (before forwarding the watermark, as a window operator does), stamped with
 * the window's last millisecond. An operator rather than a function because only an operator sees watermarks
 * without keyed state. Events for a window already closed are dropped, as Flink's windows drop late events.
 * Pending counts are kept in operator state across checkpoints.
 */
final class LocalWindowPreAggregate<T> extends AbstractStreamOperator<WindowCount>
        implements OneInputStreamOperator<T, WindowCount> {

    private final EventCodec<T> codec;
    // WindowSpec is not Serializable: its two numbers travel with the operator, the spec is rebuilt on the task
    private final long windowSizeMs;
    private final long windowSlideMs;
    private transient WindowSpec window;
    /** Window start to word to count, oldest window first. */
    private transient NavigableMap<Long, Map<String, Long>> pending;

    private transient ListState<WindowCount> checkpointed;
    private transient long currentWatermark;

    LocalWindowPreAggregate(EventCodec<T> codec, WindowSpec window) {
        this.codec = codec;
        this.windowSizeMs = window.sizeMs();
        this.windowSlideMs = window.slideMs();
    }

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        window = new WindowSpec(windowSizeMs, windowSlideMs);
        pending = new TreeMap<>();
        currentWatermark = Long.MIN_VALUE;
        checkpointed = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("pending-partials", TypeInformation.of(WindowCount.class)));
        for (WindowCount partial : checkpointed.get()) {
            add(partial.windowStartMs, partial.word, partial.count);
        }
    }

    @Override
    public void processElement(StreamRecord<T> element) {
        String word = codec.word(element.getValue());
        window.forEachWindowStart(element.getTimestamp(), start -> {
            if (window.windowEnd(start) - 1 > currentWatermark) {
                add(start, word, 1);
            }
        });
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        currentWatermark = mark.getTimestamp();
        while (!pending.isEmpty() && window.windowEnd(pending.firstKey()) - 1 <= currentWatermark) {
            Map.Entry<Long, Map<String, Long>> closed = pending.pollFirstEntry();
            long start = closed.getKey();
            long end = window.windowEnd(start);
            StreamRecord<WindowCount> record = new StreamRecord<>(null, end - 1);
            closed.getValue()
                    .forEach((word, count) -> output.collect(record.replace(new WindowCount(start, end, word, count))));
        }
        super.processWatermark(mark);
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        super.snapshotState(context);
        checkpointed.clear();
        for (Map.Entry<Long, Map<String, Long>> byStart : pending.entrySet()) {
            long start = byStart.getKey();
            for (Map.Entry<String, Long> count : byStart.getValue().entrySet()) {
                checkpointed.add(new WindowCount(start, window.windowEnd(start), count.getKey(), count.getValue()));
            }
        }
    }

    private void add(long windowStart, String word, long count) {
        pending.computeIfAbsent(windowStart, start -> new HashMap<>()).merge(word, count, Long::sum);
    }
}
