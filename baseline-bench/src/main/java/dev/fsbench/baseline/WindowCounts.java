package dev.fsbench.baseline;

import dev.fsbench.api.WindowResult;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WordEvent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** One counter per (window, word), kept until the watermark passes the window's end. */
final class WindowCounts {

    private final WindowSpec window;
    private final TreeMap<Long, Map<String, long[]>> openByStart = new TreeMap<>();
    private long emittedUpToEnd = Long.MIN_VALUE;
    private long lateEvents;

    WindowCounts(WindowSpec window) {
        this.window = window;
    }

    void add(WordEvent event) {
        window.forEachWindowStart(event.eventTimeMs(), start -> {
            if (window.windowEnd(start) <= emittedUpToEnd) {
                lateEvents++;
                return;
            }
            openByStart.computeIfAbsent(start, s -> new HashMap<>())
                    .computeIfAbsent(event.word(), w -> new long[1])[0]++;
        });
    }

    /** Emits every window whose end is at or before the watermark; returns how many results were emitted. */
    long emitUpTo(long watermark, Consumer<WindowResult> sink) {
        long emitted = 0;
        Iterator<Map.Entry<Long, Map<String, long[]>>> it =
                openByStart.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Long, Map<String, long[]>> entry = it.next();
            long end = window.windowEnd(entry.getKey());
            if (end > watermark) {
                break; // windows are ordered by start, and all have the same size
            }
            for (Map.Entry<String, long[]> word : entry.getValue().entrySet()) {
                sink.accept(new WindowResult(entry.getKey(), end, word.getKey(), word.getValue()[0]));
                emitted++;
            }
            emittedUpToEnd = Math.max(emittedUpToEnd, end);
            it.remove();
        }
        return emitted;
    }

    int openWindows() {
        return openByStart.size();
    }

    long lateEvents() {
        return lateEvents;
    }
}
