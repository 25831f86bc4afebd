package dev.fsbench.api.knobs;

import java.util.List;

/** The {@code baseline.*} knobs, read by the framework-free baseline engine. */
public final class BaselineSettings {

    public static final Knob<Long> IDLE_TIMEOUT_MS = Knob.of(
                    "baseline.idleTimeoutMs",
                    KnobType.longAtLeast(1),
                    "A partition without events for this long stops holding back the watermark (as Flink's"
                            + " idleness).")
            .withDefault(5_000L);

    public static final List<Knob<?>> KNOBS = List.of(IDLE_TIMEOUT_MS);

    private BaselineSettings() {}
}
