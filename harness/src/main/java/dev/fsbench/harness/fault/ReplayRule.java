package dev.fsbench.harness.fault;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.Engines;
import dev.fsbench.api.knobs.FlinkSettings;
import java.util.List;

/**
 * When verification reports duplicated windows instead of failing on them (docs/failures.md): only after a kill
 * that struck (kill-engine, kill-worker), and only for an engine whose output is at-least-once, which replays what
 * it wrote since its last checkpoint by design: Flink with its at-least-once sink, Structured Streaming's Kafka
 * sink, DStreams. Flink's exactly-once sink must show none, and without a kill a duplicate is always a failure.
 */
public final class ReplayRule {

    private ReplayRule() {}

    public static boolean duplicatesTolerated(String engine, WorkloadSpec spec, List<FaultEvent> events) {
        boolean killed = events.stream()
                .anyMatch(e -> e.struckAtEpochMs() != null && e.spec().kind() != FaultKind.ADD_PARTITIONS);
        return killed && atLeastOnce(engine, spec);
    }

    static boolean atLeastOnce(String engine, WorkloadSpec spec) {
        return switch (engine) {
            case Engines.FLINK -> FlinkSettings.AT_LEAST_ONCE.equals(FlinkSettings.DELIVERY_GUARANTEE.get(spec));
            case Engines.SPARK_STRUCTURED, Engines.SPARK_DSTREAM, Engines.SPARK4_STRUCTURED -> true;
            default -> false;
        };
    }
}
