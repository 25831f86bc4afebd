package dev.fsbench.harness.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.results.LatencyInterval;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyRecorderTest {

    @Test
    void percentilesAndIntervalsComeFromRecordedLatencies(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("latency.hlog");
        try (LatencyRecorder recorder = new LatencyRecorder(log)) {
            for (int ms = 1; ms <= 100; ms++) {
                recorder.record(ms);
            }
            recorder.record(-5); // emitted before its window ended: counted apart, not as latency
            LatencyInterval first = recorder.roll();
            recorder.record(1000);
            LatencyInterval second = recorder.roll();

            assertThat(first.count()).isEqualTo(100);
            assertThat(first.p50()).isEqualTo(50);
            assertThat(first.p99()).isEqualTo(99);
            assertThat(second.count()).isEqualTo(1);
            assertThat(second.max()).isBetween(1000.0, 1001.0);
            Histogram total = recorder.total();
            assertThat(total.getTotalCount()).isEqualTo(101);
            assertThat(total.getMaxValue()).isBetween(1000L, 1001L);
            assertThat(recorder.negativeLatencies()).isEqualTo(1);
            assertThat(recorder.intervals()).hasSize(2);
        }
        HistogramLogReader reader = new HistogramLogReader(log.toFile());
        long logged = 0;
        for (var h = reader.nextIntervalHistogram(); h != null; h = reader.nextIntervalHistogram()) {
            logged += ((Histogram) h).getTotalCount();
        }
        assertThat(logged).isEqualTo(101);
    }

    @Test
    void latenciesAboveTheRangeAreCountedNotClampedAndWindowsAreCountedOnce(@TempDir Path dir) throws Exception {
        try (LatencyRecorder recorder = new LatencyRecorder(dir.resolve("latency.hlog"))) {
            recorder.record(200, 1_000); // two words of the window ending at 1000
            recorder.record(210, 1_000);
            recorder.record(250, 2_000);
            recorder.record(7_200_000, 3_000); // two hours: beyond the histogram
            recorder.record(-3, 4_000);
            recorder.roll();

            assertThat(recorder.total().getTotalCount()).isEqualTo(3);
            assertThat(recorder.total().getMaxValue()).isLessThan(300);
            assertThat(recorder.latenciesAboveRange()).isEqualTo(1);
            assertThat(recorder.negativeLatencies()).isEqualTo(1);
            assertThat(recorder.measuredWindows()).isEqualTo(2);
        }
    }
}
