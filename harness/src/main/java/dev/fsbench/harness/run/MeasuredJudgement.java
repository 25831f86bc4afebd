package dev.fsbench.harness.run;

import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.sustain.SustainEvidence;
import dev.fsbench.harness.sustain.SustainRule;
import dev.fsbench.results.GeneratorSummary;
import dev.fsbench.results.Sustainability;
import dev.fsbench.results.Throughput;
import dev.fsbench.results.ThroughputPoint;
import dev.fsbench.results.Verification;
import java.util.ArrayList;
import java.util.List;

/**
 * What a workload's measured phase says about the engine: its throughput, and the evidence {@link SustainRule}
 * judges. Only whole wall-clock seconds inside [measureStart, measureEnd) count: a partial second at either end
 * would hold part of the warm-up or the drain, and no second is invented where none was sampled.
 */
final class MeasuredJudgement {

    private MeasuredJudgement() {}

    /** The series' points of whole seconds inside the measured phase. */
    static List<ThroughputPoint> measuredSeconds(GeneratorSummary report, List<ThroughputPoint> series) {
        return wholeSecondsBetween(series, report.measureStartEpochMs(), report.measureEndEpochMs());
    }

    /** The series' points of whole seconds inside [fromMs, toMs): one phase, or one probe of a ramp. */
    static List<ThroughputPoint> wholeSecondsBetween(List<ThroughputPoint> series, long fromMs, long toMs) {
        List<ThroughputPoint> inside = new ArrayList<>();
        for (ThroughputPoint point : series) {
            if (point.t() >= fromMs && point.t() + 1000 <= toMs) {
                inside.add(point);
            }
        }
        return inside;
    }

    /**
     * Events accounted for by the output records appended in the whole seconds of [fromMs, toMs), divided by the
     * number of those seconds (a second without output counts as zero, not as missing); null without a whole
     * second.
     */
    static Double processedPerSec(List<ThroughputPoint> series, long fromMs, long toMs) {
        long seconds = (toMs - ceilToSecond(fromMs)) / 1000;
        if (seconds <= 0) {
            return null;
        }
        double processed = 0;
        for (ThroughputPoint point : wholeSecondsBetween(series, fromMs, toMs)) {
            processed += point.processedEvents() == null ? 0 : point.processedEvents();
        }
        return processed / seconds;
    }

    /** Input: the generator's achieved rate. Processed: {@link #processedPerSec} over the measured phase. */
    static Throughput throughput(GeneratorSummary report, List<ThroughputPoint> series) {
        return new Throughput(
                report.achievedRatePerSec(),
                processedPerSec(series, report.measureStartEpochMs(), report.measureEndEpochMs()));
    }

    static SustainEvidence evidence(
            WorkloadSpec spec, GeneratorSummary report, LoadOutcome.Output output, Verification verification) {
        List<ThroughputPoint> perSecond = measuredSeconds(report, output.throughputOverTime());
        double maxLag = perSecond.stream()
                .filter(point -> point.scheduleLagMs() != null)
                .mapToDouble(ThroughputPoint::scheduleLagMs)
                .max()
                .orElse(report.maxScheduleLagMs());
        return new SustainEvidence(
                report.requestedRatePerSec(),
                report.achievedRatePerSec(),
                maxLag,
                perSecond,
                // every interval holds windows of the measured phase only, however late they came
                output.latencyOverTime(),
                verification.verified(),
                verification.windowsUndelivered(),
                HarnessSettings.latencySloMs(spec),
                HarnessSettings.MAX_SCHEDULE_LAG_MS.get(spec));
    }

    /** The rule's verdict, with the backlog at the moment the harness gave up on an engine still behind. */
    static Sustainability judge(SustainEvidence evidence, LoadOutcome.Behind behind) {
        Sustainability verdict = SustainRule.judge(evidence);
        if (behind == null) {
            return verdict;
        }
        List<String> reasons = new ArrayList<>(verdict.reasons());
        reasons.add(String.format(
                "the engine was still behind when the harness stopped waiting: backlog %,.0f events",
                behind.backlogEvents()));
        return Sustainability.no(reasons);
    }

    private static long ceilToSecond(long epochMs) {
        return (epochMs + 999) / 1000 * 1000;
    }
}
