package dev.fsbench.harness.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.WindowResult;
import dev.fsbench.harness.collector.ReceivedWindows.Received;
import org.junit.jupiter.api.Test;

class ReceivedWindowsTest {

    @Test
    void keepsEveryCopyOfAResultAndFindsItByWindowAndWord() {
        ReceivedWindows windows = new ReceivedWindows();
        windows.add(new WindowResult(1_000, 2_000, "w1", 5));
        windows.add(new WindowResult(1_000, 2_000, "w2", 3));
        windows.add(new WindowResult(2_000, 3_000, "w1", 7));
        windows.add(new WindowResult(1_000, 2_000, "w1", 6)); // a duplicate with another count
        windows.add(new WindowResult(2_000, 3_500, "w9", 1)); // a wrong end is kept as received

        assertThat(windows.get(1_000, "w1")).isEqualTo(new Received(1_000, 2_000, "w1", java.util.List.of(5L, 6L)));
        assertThat(windows.get(1_000, "w1").firstCount()).isEqualTo(5);
        assertThat(windows.get(2_000, "w1").counts()).containsExactly(7L);
        assertThat(windows.get(2_000, "w9").windowEndMs()).isEqualTo(3_500);
        assertThat(windows.get(2_000, "w2")).isNull();
        assertThat(windows.get(1_000, "never")).isNull();
        assertThat(windows.get(9_000, "w1")).isNull();
        assertThat(windows.all())
                .extracting(r -> r.windowStartMs() + "/" + r.word())
                .containsExactly("1000/w1", "1000/w2", "2000/w1", "2000/w9");
        assertThat(windows.distinctEndingBy(2_000)).isEqualTo(2);
        assertThat(windows.distinctEndingBy(3_000)).isEqualTo(3);
        assertThat(windows.records()).isEqualTo(5);
        assertThat(windows.countSum()).isEqualTo(22);
    }

    @Test
    void aSnapshotOfAllDoesNotGrowWithLaterResults() {
        ReceivedWindows windows = new ReceivedWindows();
        windows.add(new WindowResult(0, 1_000, "w0", 1));
        var snapshot = windows.all();
        windows.add(new WindowResult(1_000, 2_000, "w0", 1));

        assertThat(snapshot).hasSize(1);
        assertThat(windows.all()).hasSize(2);
    }
}
