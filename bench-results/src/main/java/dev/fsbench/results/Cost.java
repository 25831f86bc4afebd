package dev.fsbench.results;

/**
 * What the engine's JVM spent over the measured phase only (warm-up and drain excluded), per unit of work, and
 * how busy the machine was meanwhile (a saturated or contended machine shows here). Null figures could not be
 * taken (e.g. no telemetry, or no event processed).
 *
 * @param cpuCoreSecondsPerMillionEvents the engine JVM's CPU time (all of it: its idle polling is part of what
 *                                       the engine costs) per million events processed
 * @param engineCpuCores                 the engine JVM's mean CPU use, in cores
 * @param allocatedBytesPerEvent         the engine JVM's allocation per event processed
 * @param gcTimeShare                    the engine JVM's stop-the-world GC pause time / the phase's wall time
 * @param heapAfterGcMaxBytes            the engine's highest heap occupancy right after a collection
 * @param machineCpuShare                the whole machine's mean CPU share (1.0 = every core busy)
 * @param machineLoadAverage             the machine's 1-minute load average at the end of the phase
 * @param cpuPinning                     how the engine and the ruler were pinned to cores, null if not
 * @param perEventBasis                  which events the per-event figures divide by: {@code input} (the engine
 *                                       sustained the rate, so it consumed what the generator sent over the
 *                                       phase) or {@code processed} (events of the windows delivered in the
 *                                       phase); null in results written before schema 3 had it
 */
public record Cost(
        Double cpuCoreSecondsPerMillionEvents,
        Double engineCpuCores,
        Double allocatedBytesPerEvent,
        Double gcTimeShare,
        Long heapAfterGcMaxBytes,
        Double machineCpuShare,
        Double machineLoadAverage,
        String cpuPinning,
        String perEventBasis) {

    /** The engine kept up: its spend is divided by the events sent over the phase, which it consumed. */
    public static final String INPUT_BASIS = "input";

    /** The engine fell behind, or was not judged: its spend is divided by the events it delivered. */
    public static final String PROCESSED_BASIS = "processed";
}
