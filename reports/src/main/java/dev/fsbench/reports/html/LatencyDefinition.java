package dev.fsbench.reports.html;

import dev.fsbench.results.Verification;
import dev.fsbench.results.WorkloadConfig;
import dev.fsbench.results.WorkloadResult;

/**
 * What a workload's latency figures measure, and the least latency its workload itself imposes (the floor). An
 * event-time window cannot close before its end plus the out-of-orderness bound (the watermark must pass its end),
 * so no engine can go below outOfOrdernessMs. Processing-time windows (DStreams, verified by conservation) are
 * measured from their processing-time end and wait for nothing: their floor is 0.
 *
 * @param text    the definition, shown beside every latency figure
 * @param floorMs the floor in ms; null when the workload's config is unknown
 */
record LatencyDefinition(String text, Double floorMs, boolean processingTime) {
    static final String EVENT_TIME = "append time − window end (event time)";
    static final String PROCESSING_TIME =
            "append time − processing-time window end (DStreams: processing-time windows)";

    static LatencyDefinition of(WorkloadResult w) {
        Verification v = w.verification();
        if (v != null && Verification.CONSERVATION.equals(v.mode())) {
            return new LatencyDefinition(PROCESSING_TIME, 0.0, true);
        }
        WorkloadConfig config = w.config();
        return new LatencyDefinition(EVENT_TIME, config == null ? null : (double) config.outOfOrdernessMs(), false);
    }

    /** How far a latency lies above the floor; null when either is unknown. */
    Double aboveFloor(Double latencyMs) {
        return latencyMs == null || floorMs == null ? null : latencyMs - floorMs;
    }

    /** "500 ms (out-of-orderness bound)", "0 ms (processing-time window)" or "–". */
    String floorText() {
        if (floorMs == null) {
            return "–";
        }
        return dev.fsbench.reports.gate.Format.number(floorMs)
                + (processingTime ? " ms (processing-time window)" : " ms (out-of-orderness bound)");
    }
}
