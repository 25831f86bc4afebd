package dev.fsbench.reports.html;

import dev.fsbench.results.CapacityResult;
import dev.fsbench.results.EngineVersion;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.WorkloadResult;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The libraries a run compared, as its engine JVMs reported them: "Spark 3.5.3 vs Flink 2.2.1 vs Kafka Streams
 * 4.2.0", in the order the run first met them. Two engines on one library (Structured Streaming and DStreams) are one
 * entry; an engine that reported no version (the baseline, results from before engines reported one) is left out.
 */
final class EngineVersions {

    private EngineVersions() {}

    /** The line for the page's head; null when no engine of the run reported a version. */
    static String line(RunResult run) {
        Set<String> labels = new LinkedHashSet<>();
        for (WorkloadResult w : run.workloads()) {
            add(labels, w.engineVersion());
        }
        for (CapacityResult c : run.capacity()) {
            add(labels, c.engineVersion());
        }
        return labels.isEmpty() ? null : String.join(" vs ", labels);
    }

    /** "Flink 2.2.1", or null. */
    static String label(EngineVersion version) {
        return version == null || version.product() == null || version.version() == null ? null : version.label();
    }

    private static void add(Set<String> labels, EngineVersion version) {
        String label = label(version);
        if (label != null) {
            labels.add(label);
        }
    }
}
