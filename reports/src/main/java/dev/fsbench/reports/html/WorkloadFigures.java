package dev.fsbench.reports.html;

import dev.fsbench.reports.gate.Format;
import dev.fsbench.results.Cost;
import dev.fsbench.results.GeneratorSummary;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.Sustainability;
import dev.fsbench.results.WorkloadResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of schema version 2 as one workload's section shows them: the sustain verdict, warm-up, cost, and
 * whether its timings count. Older results lack them: "–", never an error.
 *
 * @param sustained     "sustained", "not sustained", or "not judged" (failed, interrupted, INVALID, older result)
 * @param sustainClass  ok, failed or incomplete
 * @param reasons       every rule the workload broke, empty when sustained or not judged
 * @param warmup        "12 s, until steady", "60 s, not steady (ran to its maximum)", "10 s (fixed)" or "–"
 * @param invalid       the generator did not keep its schedule: the workload's timings do not count
 * @param latency       what its latency figures measure, and the floor its workload imposes
 */
record WorkloadFigures(
        String sustained,
        String sustainClass,
        List<String> reasons,
        String warmup,
        List<List<String>> costRows,
        boolean invalid,
        LatencyDefinition latency) {

    static final String NOT_COUNTING = "INVALID: the generator did not keep its schedule, so these timings do not count"
            + " (no sustain verdict, not in capacity, not compared by the gate)";

    static WorkloadFigures of(WorkloadResult w) {
        Sustainability s = w.sustainable();
        String sustained = s == null ? "not judged" : s.sustained() ? "sustained" : "not sustained";
        String cssClass = s == null ? "incomplete" : s.sustained() ? "ok" : "failed";
        return new WorkloadFigures(
                sustained,
                cssClass,
                s == null ? List.of() : s.reasons(),
                warmup(w.generator()),
                costRows(w.cost()),
                w.status() == RunStatus.INVALID,
                LatencyDefinition.of(w));
    }

    static String warmup(GeneratorSummary g) {
        if (g == null || g.measureStartEpochMs() <= 0 || g.startEpochMs() <= 0) {
            return "–";
        }
        String took = Format.number((g.measureStartEpochMs() - g.startEpochMs()) / 1000.0) + " s";
        if (g.warmupSteady() == null) {
            return took + " (fixed)";
        }
        return took + (g.warmupSteady() ? ", until steady" : ", not steady (ran to its maximum)");
    }

    /** Cost over the measured phase, one (name, value) row per figure; empty without a cost section. */
    static List<List<String>> costRows(Cost c) {
        List<List<String>> rows = new ArrayList<>();
        if (c == null) {
            return rows;
        }
        rows.add(row("engine CPU per million events", c.cpuCoreSecondsPerMillionEvents(), " core-s"));
        rows.add(row("engine CPU (mean)", c.engineCpuCores(), " cores"));
        rows.add(List.of(
                "allocation per event",
                c.allocatedBytesPerEvent() == null ? "–" : Format.bytes(c.allocatedBytesPerEvent())));
        rows.add(List.of("GC time share", c.gcTimeShare() == null ? "–" : Format.percent(c.gcTimeShare())));
        rows.add(List.of(
                "heap after GC (max)", c.heapAfterGcMaxBytes() == null ? "–" : Format.bytes(c.heapAfterGcMaxBytes())));
        rows.add(
                List.of("machine CPU (mean)", c.machineCpuShare() == null ? "–" : Format.percent(c.machineCpuShare())));
        rows.add(row("machine load average (1 min)", c.machineLoadAverage(), ""));
        rows.add(List.of("CPU pinning", c.cpuPinning() == null ? "none" : c.cpuPinning()));
        return rows;
    }

    private static List<String> row(String name, Double value, String unit) {
        return List.of(name, value == null || !Double.isFinite(value) ? "–" : Format.number(value) + unit);
    }
}
