package dev.fsbench.api.knobs;

import java.util.List;

/** The {@code jvm.*} knobs: how the harness launches every engine's JVM. */
public final class JvmSettings {

    public static final Knob<String> HEAP = Knob.of(
                    "jvm.heap",
                    KnobType.HEAP_SIZE,
                    "Used for both -Xms and -Xmx, so every engine gets the same fixed heap and the heap never"
                            + " resizes during the run.")
            .withDefault("2g");

    public static final Knob<String> GC = Knob.of(
                    "jvm.gc",
                    KnobType.choice("g1", "parallel", "zgc"),
                    "The garbage collector: -XX:+UseG1GC, -XX:+UseParallelGC or -XX:+UseZGC.")
            .withDefault("g1");

    public static final Knob<Boolean> JFR = Knob.of(
                    "jvm.jfr",
                    KnobType.BOOLEAN,
                    "Flight recording of the engine JVM; false leaves only the GC log (to measure the recorder's"
                            + " own overhead) and the telemetry is DISABLED.")
            .withDefault(true);

    public static final List<Knob<?>> KNOBS = List.of(HEAP, GC, JFR);

    private JvmSettings() {}
}
