package dev.fsbench.flink;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.FlinkSettings;

/**
 * The knobs that change the job graph itself rather than Flink's configuration.
 *
 * @param windowProbe       the {@link WindowInputProbe} in front of the window operator
 * @param reuseResultObject the window functions fill one result object instead of creating one per result
 * @param saltBuckets       salts per word with {@link SkewMitigation#SALT}
 */
public record WindowJobOptions(
        boolean windowProbe, boolean reuseResultObject, SkewMitigation skewMitigation, int saltBuckets) {

    public WindowJobOptions {
        if (saltBuckets < 1) {
            throw new IllegalArgumentException(FlinkSettings.SALT_BUCKETS.key() + " must be >= 1, got " + saltBuckets);
        }
        if (windowProbe && skewMitigation == SkewMitigation.REBALANCE) {
            throw new IllegalArgumentException(FlinkSettings.PROBE_NEEDS_KEYED_INPUT.description());
        }
    }

    /** Every knob at its default. */
    public static WindowJobOptions defaults() {
        return new WindowJobOptions(
                FlinkSettings.WINDOW_PROBE.defaultValue(),
                FlinkSettings.REUSE_RESULT_OBJECT.defaultValue(),
                SkewMitigation.parse(FlinkSettings.SKEW_MITIGATION.defaultValue()),
                FlinkSettings.SALT_BUCKETS.defaultValue());
    }

    public static WindowJobOptions from(WorkloadSpec workload) {
        return new WindowJobOptions(
                FlinkSettings.WINDOW_PROBE.get(workload),
                FlinkSettings.REUSE_RESULT_OBJECT.get(workload),
                SkewMitigation.parse(FlinkSettings.SKEW_MITIGATION.get(workload)),
                FlinkSettings.SALT_BUCKETS.get(workload));
    }

    public WindowJobOptions withWindowProbe(boolean on) {
        return new WindowJobOptions(on, reuseResultObject, skewMitigation, saltBuckets);
    }

    public WindowJobOptions withReuseResultObject(boolean on) {
        return new WindowJobOptions(windowProbe, on, skewMitigation, saltBuckets);
    }

    public WindowJobOptions withSkewMitigation(SkewMitigation mitigation, int buckets) {
        return new WindowJobOptions(windowProbe, reuseResultObject, mitigation, buckets);
    }
}
