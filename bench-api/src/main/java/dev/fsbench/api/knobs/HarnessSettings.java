package dev.fsbench.api.knobs;

import dev.fsbench.api.WorkloadSpec;
import java.util.List;

/** The {@code harness.*} knobs: how long the harness waits for an engine, how the load generator sends, how a run is judged. */
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
                    "After the load, how long to wait for the engine's next output while it still owes some: an"
                            + " engine silent this long is given up on (what it had not delivered is undelivered"
                            + " if it is alive, missing if it died).")
            .withDerivedDefault("max(30000, 3 x window size + out-of-orderness)");

    public static final Knob<Long> COMPLETION_MAX_MS = Knob.of(
                    "harness.completionMaxMs",
                    KnobType.longAtLeast(0),
                    "After the load, how long to wait at most for an engine that still delivers but is behind;"
                            + " what it has not delivered by then is undelivered.")
            .withDerivedDefault("max(harness.completionTimeoutMs, warm-up + measured phase)");

    public static final Knob<Long> LATENCY_SLO_MS = Knob.of(
                    "harness.latencySloMs",
                    KnobType.longAtLeast(0),
                    "A latency objective: a workload whose p99 window latency exceeds it is not sustained"
                            + " (0 = none).")
            .withDefault(0L);

    public static final Knob<Long> MAX_SCHEDULE_LAG_MS = Knob.of(
                    "harness.maxScheduleLagMs",
                    KnobType.longAtLeast(1),
                    "The generator may fall behind its schedule by at most this much; a workload whose generator"
                            + " lagged more is INVALID (the load was not what was asked for).")
            .withDefault(1_000L);

    public static final Knob<Boolean> WARMUP_UNTIL_STEADY = Knob.of(
                    "harness.warmupUntilSteady",
                    KnobType.BOOLEAN,
                    "End the warm-up as soon as the engine is steady (per-second p99 within a band and the backlog"
                            + " not growing, see docs/measurement.md), with the workload's warm-up as the maximum;"
                            + " false: always warm up for the full warm-up.")
            .withDefault(true);

    public static final Knob<Integer> GENERATOR_THREADS = Knob.of(
                    "harness.generatorThreads",
                    KnobType.intAtLeast(1),
                    "Threads the load generator sends its one schedule with (thread k sends events k, k+N, ...;"
                            + " one producer, one ground truth). One by default: on 2 cores a second thread did not"
                            + " raise the generator's ceiling, and next to an engine it fell behind its schedule"
                            + " more often (docs/measurements/2026-11-30-capacity.md).")
            .withDefault(1);

    public static final Knob<String> FAULTS = Knob.of(
                    "harness.faults",
                    KnobType.pattern(
                            "fault list",
                            "KIND@TIME, comma-separated (kill-worker, kill-engine, add-partitions; TIME from the start"
                                    + " of the measured phase, e.g. 20s)",
                            "\\s*[^@,\\s]+\\s*@\\s*[^@,\\s]+\\s*(,\\s*[^@,\\s]+\\s*@\\s*[^@,\\s]+\\s*)*"),
                    "Faults injected during the measured phase (CLI --fault, scenario key faults); what each"
                            + " costs goes into the result's recovery[] (docs/failures.md).")
            .withDerivedDefault("none");

    /** Steps separated by ';' (a scenario's {@code rateProfile:} list is joined so); checked by the harness. */
    public static final Knob<String> RATE_PROFILE = Knob.of(
            "harness.rateProfile",
            KnobType.pattern(
                    "rate profile",
                    "steps such as '20k for 20s; 3x for 10s; 20k for 20s' (absolute rates or multiples of"
                            + " the workload's rate)",
                    "[^\\n]+"),
            "The measured phase as rate steps instead of one rate (scenario key rateProfile, see"
                    + " docs/backpressure.md): the warm-up runs at the workload's rate, then each step for its"
                    + " duration; the measured phase is the steps, and steps above the workload's rate are"
                    + " analysed as bursts (drain time, peaks, intake capped).");

    public static final List<Knob<?>> KNOBS = List.of(
            READY_TIMEOUT_MS,
            COMPLETION_TIMEOUT_MS,
            COMPLETION_MAX_MS,
            GENERATOR_THREADS,
            LATENCY_SLO_MS,
            MAX_SCHEDULE_LAG_MS,
            RATE_PROFILE,
            WARMUP_UNTIL_STEADY,
            FAULTS);

    private HarnessSettings() {}

    /** {@link #COMPLETION_TIMEOUT_MS} for {@code workload}: a slow engine's last windows are not reported missing. */
    public static long completionTimeoutMs(WorkloadSpec workload) {
        return COMPLETION_TIMEOUT_MS.getOr(
                workload, Math.max(30_000, 3 * workload.window().sizeMs() + workload.outOfOrdernessMs()));
    }

    /** {@link #COMPLETION_MAX_MS} for {@code workload}: an engine still catching up gets as long as the load took. */
    public static long completionMaxMs(WorkloadSpec workload) {
        return COMPLETION_MAX_MS.getOr(
                workload, Math.max(completionTimeoutMs(workload), workload.warmupMs() + workload.durationMs()));
    }

    /** {@link #LATENCY_SLO_MS} for {@code workload}, null when none is set. */
    public static Double latencySloMs(WorkloadSpec workload) {
        long slo = LATENCY_SLO_MS.get(workload);
        return slo == 0 ? null : (double) slo;
    }

    /** {@link #GENERATOR_THREADS} for {@code workload}. */
    public static int generatorThreads(WorkloadSpec workload) {
        return GENERATOR_THREADS.get(workload);
    }
}
