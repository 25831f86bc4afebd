package dev.fsbench.flink;

import dev.fsbench.api.WindowResult;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Gives the pre-aggregated count its key and window bounds; sees exactly one value per window. */
final class AttachWindowBounds extends ProcessWindowFunction<Long, WindowResult, String, TimeWindow> {

    @Override
    public void process(String word, Context context, Iterable<Long> counts, Collector<WindowResult> out) {
        TimeWindow window = context.window();
        out.collect(new WindowResult(
                window.getStart(), window.getEnd(), word, counts.iterator().next()));
    }
}
