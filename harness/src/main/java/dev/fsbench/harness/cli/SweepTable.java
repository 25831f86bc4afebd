package dev.fsbench.harness.cli;

import dev.fsbench.results.LatencyTrend;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.WorkloadResult;
import java.io.PrintStream;
import java.util.Comparator;

/** The answer to "up to which rate does this engine keep up?" for a rate sweep. */
final class SweepTable {

    private SweepTable() {}

    static void print(RunResult result, PrintStream out) {
        out.printf(
                "%n%-17s %10s %10s %8s %8s %8s %9s %10s  %s%n",
                "engine", "requested", "achieved", "p50 ms", "p99 ms", "max ms", "verified", "p99 trend", "sustained");
        result.workloads().stream()
                .sorted(Comparator.comparing(WorkloadResult::engine)
                        .thenComparingLong(w -> w.config().ratePerSec()))
                .forEach(w -> {
                    LatencyTrend trend = w.latencyTrend();
                    boolean rateKept = w.generator() != null && w.generator().rateMet();
                    boolean sustained = w.verdict().passed() && rateKept && trend != null && trend.flat();
                    out.printf(
                            "%-17s %,10d %,10.0f %8s %8s %8s %9s %10s  %s%n",
                            w.engine(),
                            w.config().ratePerSec(),
                            w.throughput().inputEventsPerSec(),
                            ms(w.latencyMs().p50()),
                            ms(w.latencyMs().p99()),
                            ms(w.latencyMs().max()),
                            w.verification().verified() ? "yes" : "NO",
                            trend == null ? "-" : String.format("%+.0f ms", trend.growthMs()),
                            sustained ? "yes" : "no" + (rateKept ? "" : " (rate not kept)"));
                });
    }

    private static String ms(Double value) {
        return value == null ? "-" : String.format("%,.0f", value);
    }
}
