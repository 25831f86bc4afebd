package dev.fsbench.harness.run;

import dev.fsbench.harness.collector.ReceivedWindows;
import dev.fsbench.harness.generator.EventTimeIndex;
import dev.fsbench.harness.generator.GroundTruth;
import dev.fsbench.results.GeneratorSummary;
import dev.fsbench.results.LatencyInterval;
import dev.fsbench.results.ThroughputPoint;
import dev.fsbench.results.Verification;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * What a load phase left behind once it was over: what was sent, what came back, and how the phase ended.
 * Nothing here changes after the phase returns it.
 *
 * @param input         null unless the generator got through its schedule (or the part of it before a stop)
 * @param output        null if the collector never started
 * @param failureReason null unless the phase failed (the engine died, the producer or the collector failed)
 * @param interrupted   the harness was shut down during the phase
 * @param behind        null unless the harness stopped waiting while the engine was alive and still owed output
 * @param machine       the machine's cores and load when sending ended; null if the phase never ran
 */
public record LoadOutcome(
        Input input, Output output, String failureReason, boolean interrupted, Behind behind, MachineSample machine) {

    public LoadOutcome(Input input, Output output, String failureReason, boolean interrupted) {
        this(input, output, failureReason, interrupted, null, null);
    }

    /**
     * The engine was still catching up when waiting ended.
     *
     * @param deliveredUpToMs the latest window end it had delivered: absent windows from there on are undelivered
     * @param backlogEvents   events due but not yet accounted for by its output at that moment
     */
    public record Behind(long deliveredUpToMs, double backlogEvents) {}

    /** What the generator sent: its report, and the ground truth of every window it fed. */
    public record Input(GeneratorSummary report, GroundTruth truth, EventTimeIndex eventTimes) {}

    /**
     * What the collector read from the output topic, and the latency and throughput series over the phase.
     *
     * @param latencyWindows distinct window closes the latency rests on; null if not counted
     * @param records        the collector's checks of the records themselves; null if not made
     * @param loadDuring     the machine's load over the measured phase; null if not sampled
     */
    public record Output(
            ReceivedWindows windows,
            Histogram latency,
            Histogram visibleLatency,
            List<LatencyInterval> latencyOverTime,
            List<ThroughputPoint> throughputOverTime,
            Long latencyWindows,
            Verification.OutputRecords records,
            LoadDuring loadDuring) {
        public Output {
            latencyOverTime = List.copyOf(latencyOverTime);
            throughputOverTime = List.copyOf(throughputOverTime);
        }

        public Output(
                ReceivedWindows windows,
                Histogram latency,
                Histogram visibleLatency,
                List<LatencyInterval> latencyOverTime,
                List<ThroughputPoint> throughputOverTime) {
            this(windows, latency, visibleLatency, latencyOverTime, throughputOverTime, null, null, null);
        }
    }

    /** A phase that never ran (the engine did not start) or failed before its collector started. */
    public static LoadOutcome notStarted(String failureReason) {
        return new LoadOutcome(null, null, failureReason, false);
    }

    /** Whether there is something to judge: the generator's input and the collector's output. */
    public boolean measured() {
        return input != null && output != null;
    }
}
