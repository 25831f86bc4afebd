package dev.fsbench.harness.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaultSpecTest {

    @Test
    void aFaultIsAKindAndATimeFromTheStartOfTheMeasuredPhase() {
        assertThat(FaultSpec.parse("kill-engine@20s")).isEqualTo(new FaultSpec(FaultKind.KILL_ENGINE, 20_000));
        assertThat(FaultSpec.parse(" add-partitions @ 1500ms "))
                .isEqualTo(new FaultSpec(FaultKind.ADD_PARTITIONS, 1_500));
        assertThat(FaultSpec.parse("Kill-Worker@1m")).isEqualTo(new FaultSpec(FaultKind.KILL_WORKER, 60_000));
    }

    @Test
    void aListIsOrderedByTime() {
        assertThat(FaultSpec.parseList("kill-engine@20s,add-partitions@5s, kill-engine@20s"))
                .containsExactly(
                        new FaultSpec(FaultKind.ADD_PARTITIONS, 5_000),
                        new FaultSpec(FaultKind.KILL_ENGINE, 20_000),
                        new FaultSpec(FaultKind.KILL_ENGINE, 20_000));
        assertThat(FaultSpec.parseList(" ")).isEmpty();
    }

    @Test
    void badTextIsNamedWithWhatIsAllowed() {
        assertThatThrownBy(() -> FaultSpec.parse("kill-broker@5s"))
                .hasMessageContaining("unknown kind 'kill-broker'")
                .hasMessageContaining("kill-worker, kill-engine, add-partitions");
        assertThatThrownBy(() -> FaultSpec.parse("kill-engine@soon")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> FaultSpec.parse("kill-engine@20")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> FaultSpec.parse("kill-engine")).hasMessageContaining("is not KIND@TIME");
        assertThatThrownBy(() -> FaultSpec.parse("kill-engine@5s@6s")).hasMessageContaining("is not KIND@TIME");
    }
}
