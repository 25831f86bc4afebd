package dev.fsbench.harness.fault;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.Engines;
import dev.fsbench.api.knobs.FlinkSettings;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses, before anything starts (exit 2), a fault the workload cannot take: an unknown kind or a time that is
 * not one, a time beyond the measured phase, a kill-worker without a cluster the harness started, a kill-engine on
 * an engine that cannot resume. Every problem of every workload is named at once.
 */
public final class FaultChecks {

    /**
     * The Flink configuration keys of the checkpoint directory (Flink 2.x's and its deprecated one), as pass-through
     * settings. The MiniCluster's own directory overrides them; a job submitted to a standalone cluster's JobManager
     * overrides the cluster's with them.
     */
    static final List<String> FLINK_CHECKPOINT_DIR_KEYS =
            List.of("flink.execution.checkpointing.dir", "flink.state.checkpoints.dir");

    private FaultChecks() {}

    /**
     * One workload as the checks see it.
     *
     * @param label      the workload's label, which every problem names
     * @param standalone whether it runs on a cluster the harness starts ({@code --cluster standalone}), the only
     *                   deployment kill-worker fits
     */
    public record Target(String label, String engine, WorkloadSpec spec, boolean standalone) {}

    /** @throws IllegalArgumentException naming every refused fault of every target */
    public static void check(List<Target> targets) {
        Set<String> problems = new LinkedHashSet<>();
        for (Target plan : targets) {
            List<FaultSpec> faults;
            try {
                faults = FaultSpec.of(plan.spec());
            } catch (IllegalArgumentException e) {
                problems.add(plan.label() + ": " + e.getMessage());
                continue;
            }
            for (FaultSpec fault : faults) {
                refusal(plan, fault)
                        .ifPresent(why -> problems.add(plan.label() + ": fault "
                                + fault.kind().label() + "@" + fault.atMs() + "ms refused: " + why));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
    }

    /** Why {@code fault} does not fit {@code plan}, empty if it does. */
    static Optional<String> refusal(Target plan, FaultSpec fault) {
        WorkloadSpec spec = plan.spec();
        boolean standalone = plan.standalone();
        if (fault.atMs() >= spec.durationMs()) {
            return Optional.of("it would strike after the measured phase (" + spec.durationMs()
                    + " ms), where nothing is measured: give a time below the duration");
        }
        String engine = plan.engine();
        return switch (fault.kind()) {
            case KILL_WORKER ->
                standalone
                        ? Optional.empty()
                        : Optional.of("kill-worker needs a cluster the harness starts (--cluster standalone); in local"
                                + " mode the engine is one JVM with no worker to kill (use kill-engine)");
            // on a standalone Flink cluster kill-engine strikes the JobManager, which runs the job (FaultScheduler);
            // what it needs to resume is what a MiniCluster needs: a checkpoint
            case KILL_ENGINE ->
                killEngineRefusal(engine, spec).or(() -> checkpointsElsewhere(engine, spec, standalone));
            case ADD_PARTITIONS -> Optional.empty();
        };
    }

    /**
     * On a standalone Flink cluster the resubmitted job resumes from the newest checkpoint in the directory the
     * harness gave the cluster: a job that checkpoints elsewhere would silently start afresh, so it is refused.
     */
    private static Optional<String> checkpointsElsewhere(String engine, WorkloadSpec spec, boolean standalone) {
        if (!standalone || !engine.equals(Engines.FLINK)) {
            return Optional.empty();
        }
        return FLINK_CHECKPOINT_DIR_KEYS.stream()
                .filter(spec.engineProperties()::containsKey)
                .findFirst()
                .map(key -> "on a standalone cluster the job is resubmitted from the newest checkpoint in the"
                        + " cluster's own checkpoint directory, but " + key + " makes the job checkpoint elsewhere:"
                        + " the resumed job would silently start afresh; leave " + key + " unset");
    }

    private static Optional<String> killEngineRefusal(String engine, WorkloadSpec spec) {
        return switch (engine) {
            case Engines.BASELINE ->
                Optional.of("the baseline keeps its windows in memory and checkpoints"
                        + " nothing: a restarted baseline could not resume, every window in flight would be lost");
            case Engines.SPARK_DSTREAM ->
                Optional.of("spark-dstream is run without checkpoint recovery here (no"
                        + " StreamingContext.getOrCreate): a restart would lose the windows in flight; use"
                        + " spark-structured or flink");
            case Engines.FLINK ->
                FlinkSettings.REST.isSet(spec)
                        ? Optional.of("with flink.rest the engine JVM is only the client of a session cluster the"
                                + " harness did not start and cannot restart: killing it does not stop the job; use"
                                + " --cluster standalone, where kill-engine kills the JobManager")
                        : FlinkSettings.CHECKPOINT_INTERVAL_MS.get(spec) == 0
                                ? Optional.of("Flink resumes from its latest checkpoint: set "
                                        + FlinkSettings.CHECKPOINT_INTERVAL_MS.key() + " > 0")
                                : Optional.empty();
            case Engines.SPARK_STRUCTURED, Engines.SPARK4_STRUCTURED -> Optional.empty();
            case Engines.KAFKA_STREAMS ->
                Optional.of("kafka-streams has no tested restart path here: a new instance with the same application.id"
                        + " would resume from its committed offsets and restore its stores from their changelogs, but"
                        + " only once the killed member's session timed out (45 s by default); use flink or"
                        + " spark-structured");
            // an engine EngineResume does not know could not be restarted: refused here, not failed mid-run
            default -> Optional.of(engine + " has no restart path in the harness (EngineResume)");
        };
    }
}
