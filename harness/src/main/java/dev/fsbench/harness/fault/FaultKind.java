package dev.fsbench.harness.fault;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the harness can do to a running workload on purpose (docs/failures.md). */
public enum FaultKind {
    /** SIGKILL one worker JVM of a cluster the harness started (a TaskManager; a Spark Worker and its executor). */
    KILL_WORKER("kill-worker"),
    /**
     * SIGKILL the engine's main JVM, then restart the job from its latest checkpoint, as an operator would; on a
     * standalone Flink cluster the JobManager (which runs the job) first, then its client, the engine JVM.
     */
    KILL_ENGINE("kill-engine"),
    /** Add partitions to the input topic; the generator spreads its keys over them too. */
    ADD_PARTITIONS("add-partitions");

    private final String label;

    FaultKind(String label) {
        this.label = label;
    }

    /** The name on the CLI, in scenarios and in results. */
    public String label() {
        return label;
    }

    public static Optional<FaultKind> byLabel(String text) {
        return Arrays.stream(values()).filter(k -> k.label.equals(text)).findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(FaultKind::label).collect(Collectors.joining(", "));
    }
}
