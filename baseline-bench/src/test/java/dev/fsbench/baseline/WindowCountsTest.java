package dev.fsbench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.WindowResult;
import dev.fsbench.api.WindowSpec;
import dev.fsbench.api.WordEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowCountsTest {

    @Test
    void aWindowIsEmittedOnceTheWatermarkReachesItsEndAndNotBefore() {
        WindowCounts windows = new WindowCounts(WindowSpec.tumbling(1000));
        windows.add(new WordEvent(100, "a"));
        windows.add(new WordEvent(900, "a"));
        windows.add(new WordEvent(950, "b"));
        windows.add(new WordEvent(1_100, "a"));
        List<WindowResult> out = new ArrayList<>();

        assertThat(windows.emitUpTo(999, out::add)).isZero();
        assertThat(windows.emitUpTo(1_000, out::add)).isEqualTo(2);

        assertThat(out).containsExactlyInAnyOrder(new WindowResult(0, 1000, "a", 2), new WindowResult(0, 1000, "b", 1));
        assertThat(windows.openWindows()).isEqualTo(1);
    }

    @Test
    void slidingWindowsCountAnEventInEveryWindowItBelongsTo() {
        WindowCounts windows = new WindowCounts(new WindowSpec(2000, 500));
        windows.add(new WordEvent(1_200, "a"));
        List<WindowResult> out = new ArrayList<>();

        windows.emitUpTo(10_000, out::add);

        assertThat(out).extracting(WindowResult::windowStartMs).containsExactly(-500L, 0L, 500L, 1_000L);
        assertThat(out).allMatch(result -> result.count() == 1);
    }

    @Test
    void anEventForAnAlreadyEmittedWindowIsLateAndDropped() {
        WindowCounts windows = new WindowCounts(WindowSpec.tumbling(1000));
        windows.add(new WordEvent(500, "a"));
        windows.emitUpTo(1_000, result -> {});

        windows.add(new WordEvent(600, "a"));

        assertThat(windows.lateEvents()).isEqualTo(1);
        assertThat(windows.openWindows()).isZero();
        assertThat(windows.emitUpTo(5_000, result -> {})).isZero();
    }
}
