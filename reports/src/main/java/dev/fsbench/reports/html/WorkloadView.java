package dev.fsbench.reports.html;

import dev.fsbench.results.WorkloadResult;
import java.util.List;

/**
 * One workload on a run page.
 *
 * @param title             "engine / scenario", with "#k" when the workload repeats
 * @param raw               the workload's result, which the page's tables show field by field
 * @param verification      every count of the verification in one line
 * @param verificationClass ok, failed or incomplete: the workload's verdict
 * @param verificationShort "passed (exact)" and the like; "INVALID" for a workload whose load was not as asked
 * @param figures           sustain verdict, warm-up, cost, and whether its timings count
 * @param latencyBasis      "p99 over N windows": what the latency percentiles rest on; null without latency
 * @param contention        a warning when the machine was busy before the workload started; null otherwise
 * @param scheduling        how the engine placed its tasks (Spark per batch, Flink once); null when not reported
 */
record WorkloadView(
        String title,
        String anchor,
        WorkloadResult raw,
        String verification,
        String verificationClass,
        String verificationShort,
        List<List<String>> configRows,
        List<List<String>> engineInfoRows,
        List<List<String>> engineSummaryRows,
        List<String> charts,
        TelemetryView telemetry,
        WorkloadFigures figures,
        String latencyBasis,
        String contention,
        Scheduling scheduling) {

    static WorkloadView of(String title, String anchor, WorkloadResult w, ChartSpecs charts) {
        TimeAxis time = TimeAxis.of(w);
        return new WorkloadView(
                title,
                anchor,
                w,
                VerificationText.full(w.verification()),
                VerificationText.cssClass(w),
                VerificationText.brief(w),
                TableRows.of(w.config()),
                TableRows.of(w.engineInfo()),
                TableRows.of(
                        w.engineMetrics() == null ? null : w.engineMetrics().summary()),
                WorkloadCharts.of(title, w, time, charts),
                TelemetryView.of(title, w.gc(), w.cpu(), w.telemetry(), time, charts),
                WorkloadFigures.of(w),
                MeasurementBasis.latency(w.latencyMs()),
                MeasurementBasis.contention(w.machineLoad()),
                Scheduling.of(w));
    }
}
