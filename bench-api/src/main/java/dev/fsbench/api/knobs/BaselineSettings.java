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

    public static final Knob<Long> THROTTLE_EVENTS_PER_SEC = Knob.of(
                    "baseline.throttleEventsPerSec",
                    KnobType.longAtLeast(0),
                    "Calibration: the baseline processes no more than this many events per second (0 = no limit),"
                            + " so a run driven faster must show it falling behind: a sanity check of the ruler.")
            .withDefault(0L);

    public static final List<Knob<?>> KNOBS = List.of(IDLE_TIMEOUT_MS, THROTTLE_EVENTS_PER_SEC);

    private BaselineSettings() {}
}
