package dev.fsbench.harness.capacity;

/**
 * What the ruler (generator, collector, machine) looked like during one probe: the evidence {@link LimitRule}
 * weighs to say whether the engine or the ruler bounded a search.
 *
 * @param generatorKeptSchedule the generator stayed within the schedule-lag bound
 * @param collectorKeptUp       the collector read results about as soon as they were appended (visible latency
 *                              did not run away from append-time latency)
 * @param machineCpuShare       the whole machine's mean CPU share (1.0 = every core busy); null if not measured
 * @param engineCpuShare        the engine JVM's mean CPU share of the machine (same scale); null if not measured
 */
public record RulerSigns(
        boolean generatorKeptSchedule, boolean collectorKeptUp, Double machineCpuShare, Double engineCpuShare) {

    /** A ruler that kept up with CPU to spare, for probes that measured nothing about it. */
    public static RulerSigns unknown() {
        return new RulerSigns(true, true, null, null);
    }
}
