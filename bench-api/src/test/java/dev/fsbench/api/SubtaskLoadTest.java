package dev.fsbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubtaskLoadTest {

    @Test
    void maxOverMeanIsOneWhenEvenAndGrowsWithAHotSubtask() {
        assertThat(new SubtaskLoad("window-count", List.of(500L, 500L)).maxOverMean())
                .isEqualTo(1.0);
        assertThat(new SubtaskLoad("window-count", List.of(900L, 100L)).maxOverMean())
                .isEqualTo(1.8);
        // an instance that got nothing still counts in the mean
        assertThat(new SubtaskLoad("window-count", List.of(300L, 0L, 0L)).maxOverMean())
                .isEqualTo(3.0);
        assertThat(new SubtaskLoad("window-count", List.of(0L, 0L)).maxOverMean())
                .isNull();
    }

    @Test
    void theSummaryShapeIsTheOneEveryEngineReports() {
        assertThat(new SubtaskLoad("stage", List.of(3L, 1L)).describe())
                .containsExactly(
                        Map.entry("vertex", "stage"),
                        Map.entry("recordsInPerSubtask", List.of(3L, 1L)),
                        Map.entry("maxOverMean", 1.5));
    }
}
