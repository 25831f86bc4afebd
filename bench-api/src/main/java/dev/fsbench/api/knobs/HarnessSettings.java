package dev.fsbench.api.knobs;

import dev.fsbench.api.WorkloadSpec;
import java.util.List;

/** The {@code harness.*} knobs: how long the harness waits for an engine. */
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

    public static final List<Knob<?>> KNOBS = List.of(READY_TIMEOUT_MS, COMPLETION_TIMEOUT_MS);

    private HarnessSettings() {}

    /** {@link #COMPLETION_TIMEOUT_MS} for {@code workload}: a slow engine's last windows are not reported missing. */
    public static long completionTimeoutMs(WorkloadSpec workload) {
        return COMPLETION_TIMEOUT_MS.getOr(
                workload, Math.max(30_000, 3 * workload.window().sizeMs() + workload.outOfOrdernessMs()));
    }
}
