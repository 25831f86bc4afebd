package dev.fsbench.api;

/**
 * Keys of {@code engine-summary.json} that more than one engine reports with one meaning, so the harness's
 * experiments can read them without knowing the engine. Each engine's page in docs/engines says where its
 * figures come from.
 */
public final class EngineSummaryKeys {

    /** {@link SubtaskLoad#describe()}: per-instance input of the counting step (the skew experiments). */
    public static final String WINDOW_SUBTASK_LOAD = "windowSubtaskLoad";

    /** Bytes, the last known total size of the job's state (absent when the engine has none to report). */
    public static final String STATE_SIZE_BYTES = "stateSizeBytes";

    /** Milliseconds, the last completed checkpoint's (or state commit's) duration; absent without one. */
    public static final String CHECKPOINT_DURATION_MS = "checkpointDurationMs";

    /**
     * Where the engine ran its tasks and how often that changed: {@code {kind: "per-batch", ...}} (Spark: placed
     * anew every micro-batch) or {@code {kind: "deploy-once", ...}} (Flink: placed when the job is deployed);
     * docs/results.md lists the fields of each kind.
     */
    public static final String PLACEMENT = "placement";

    private EngineSummaryKeys() {}
}
