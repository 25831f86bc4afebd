package dev.fsbench.harness.fault;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.Engines;
import dev.fsbench.api.knobs.FlinkSettings;
import dev.fsbench.harness.collector.ReplayTolerance;
import java.util.List;
import java.util.Locale;

/**
 * When verification reports duplicated windows instead of failing on them (docs/failures.md): only after a kill
 * that struck (kill-engine, kill-worker), and only for an engine whose output is at-least-once, which replays what
 * it wrote since its last checkpoint by design: Flink with its at-least-once sink, Structured Streaming's Kafka
 * sink, DStreams. Flink's exactly-once sink must show none, and without a kill a duplicate is always a failure.
 *
 * <p>Most replays repeat output. Flink's at-least-once guarantee also checkpoints without barrier alignment
 * (AT_LEAST_ONCE mode): an operator with two inputs keeps taking records from the input whose barrier came first,
 * so its snapshot holds records that lie after the checkpointed source offsets. After a restore those records are
 * read and counted again, and a replayed window may carry a larger count than the true one.
 */
public final class ReplayRule {

    /** Flink's own key for the checkpointing mode, which a pass-through setting may give (flink.&lt;key&gt;). */
    static final String FLINK_CHECKPOINTING_MODE = "execution.checkpointing.mode";

    private ReplayRule() {}

    public static ReplayTolerance tolerance(String engine, WorkloadSpec spec, List<FaultEvent> events) {
        boolean killed = events.stream()
                .anyMatch(e -> e.struckAtEpochMs() != null && e.spec().kind() != FaultKind.ADD_PARTITIONS);
        if (!killed || !atLeastOnce(engine, spec)) {
            return ReplayTolerance.NONE;
        }
        return replaysMayOverCount(engine, spec) ? ReplayTolerance.OVER_COUNTS : ReplayTolerance.REPEATS;
    }

    static boolean atLeastOnce(String engine, WorkloadSpec spec) {
        return switch (engine) {
            case Engines.FLINK -> FlinkSettings.AT_LEAST_ONCE.equals(FlinkSettings.DELIVERY_GUARANTEE.get(spec));
            case Engines.SPARK_STRUCTURED, Engines.SPARK_DSTREAM, Engines.SPARK4_STRUCTURED -> true;
            default -> false;
        };
    }

    /**
     * Flink checkpoints in AT_LEAST_ONCE mode with its at-least-once sink (flink-bench's FlinkKnobs), unless a
     * pass-through setting asks for EXACTLY_ONCE; without checkpoints nothing is restored that could count twice.
     */
    static boolean replaysMayOverCount(String engine, WorkloadSpec spec) {
        if (!Engines.FLINK.equals(engine) || FlinkSettings.CHECKPOINT_INTERVAL_MS.get(spec) == 0) {
            return false;
        }
        String mode = spec.engineProperties().get(FlinkSettings.CONFIGURATION.knobKey(FLINK_CHECKPOINTING_MODE));
        return mode == null || !mode.trim().toUpperCase(Locale.ROOT).equals("EXACTLY_ONCE");
    }
}
