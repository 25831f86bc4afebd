package dev.fsbench.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubtaskLoadTest {

    @Test
    void maxOverMeanIsOneWhenEvenAndGrowsWithAHotSubtask() {
        assertThat(new SubtaskLoad("window-count", List.of(500L, 500L)).maxOverMean())
                .isEqualTo(1.0);
        assertThat(new SubtaskLoad("window-count", List.of(900L, 100L)).maxOverMean())
                .isEqualTo(1.8);
        assertThat(new SubtaskLoad("window-count", List.of(0L, 0L)).maxOverMean())
                .isNull();
    }

    @Test
    void theCountingVertexIsTheWindowOrTheLocalPreCount() {
        assertThat(SubtaskLoad.isCountingVertex("window-input-probe -> window-count -> kafka-output: Writer"))
                .isTrue();
        assertThat(SubtaskLoad.isCountingVertex("window-local-count")).isTrue();
        assertThat(SubtaskLoad.isCountingVertex("window-merge -> kafka-output: Writer"))
                .isFalse();
    }
}
