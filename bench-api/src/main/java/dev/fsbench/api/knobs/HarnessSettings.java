package dev.fsbench.api.knobs;

import dev.fsbench.api.WorkloadSpec;
import java.util.List;

/** The {@code harness.*} knobs: how long the harness waits for an engine, how the load generator sends. */
public final class HarnessSettings {

    public static final Knob<Long> READY_TIMEOUT_MS = Knob.of(
                    "harness.readyTimeoutMs",
                    KnobType.longAtLeast(1),
                    "How long an engine JVM may take from launch to ready (job submitted, sources assigned) before"
                            + " the workload fails.")
            .withDefault(180_000L);

    public static final Knob<Long> COMPLETION_TIMEOUT_MS = Knob.of(
                    "harness.completionTimeoutMs",
                    KnobType.longAtLeast(0),
                    "After the load, how long to wait for the engine to emit every window it owes before the rest"
                            + " counts as missing.")
            .withDerivedDefault("max(30000, 3 x window size + out-of-orderness)");

    public static final Knob<Integer> GENERATOR_THREADS = Knob.of(
                    "harness.generatorThreads",
                    KnobType.intAtLeast(1),
                    "Threads the load generator sends its one schedule with (thread k sends events k, k+N, ...;"
                            + " one producer, one ground truth). Two by default: one sender thread tops out below"
                            + " what the broker takes, and on a 2-core machine more threads than cores only add"
                            + " switching next to the producer's own I/O thread and the broker.")
            .withDefault(2);

    public static final List<Knob<?>> KNOBS = List.of(READY_TIMEOUT_MS, COMPLETION_TIMEOUT_MS, GENERATOR_THREADS);

    private HarnessSettings() {}

    /** {@link #COMPLETION_TIMEOUT_MS} for {@code workload}: a slow engine's last windows are not reported missing. */
    public static long completionTimeoutMs(WorkloadSpec workload) {
        return COMPLETION_TIMEOUT_MS.getOr(
                workload, Math.max(30_000, 3 * workload.window().sizeMs() + workload.outOfOrdernessMs()));
    }

    /** {@link #GENERATOR_THREADS} for {@code workload}. */
    public static int generatorThreads(WorkloadSpec workload) {
        return GENERATOR_THREADS.get(workload);
    }
}
