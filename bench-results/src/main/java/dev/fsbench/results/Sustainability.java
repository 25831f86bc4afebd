package dev.fsbench.results;

import java.util.List;

/**
 * Whether the engine sustained the load it was offered, judged by one rule for every engine (docs/measurement.md,
 * "Sustainable"): the generator kept its schedule, every window verified, the backlog did not grow, latency did
 * not trend up, p99 stayed under the latency SLO if one was given, and nothing was still owed when waiting ended.
 *
 * @param reasons every rule the workload broke, in words; empty when sustained
 */
public record Sustainability(boolean sustained, List<String> reasons) {

    public Sustainability {
        reasons = Copies.list(reasons);
    }

    public static Sustainability yes() {
        return new Sustainability(true, List.of());
    }

    public static Sustainability no(List<String> reasons) {
        return new Sustainability(false, reasons);
    }
}
