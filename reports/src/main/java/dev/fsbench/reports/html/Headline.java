package dev.fsbench.reports.html;

import dev.fsbench.reports.gate.Format;
import dev.fsbench.results.CapacityResult;
import dev.fsbench.results.Cost;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top of a run page: per engine and scenario, the maximum sustainable rate (capacity[]) beside the latency and
 * cost at the common rate (the fixed-rate workload of that engine on that scenario). Pairs with only one of the
 * two show "–" for the other, so results without a capacity section (schema version 1 included) still open.
 */
final class Headline {
    private static final String NONE = "–";

    private Headline() {}

    static List<HeadlineRow> rows(List<CapacityResult> capacity, List<WorkloadView> workloads) {
        Map<String, CapacityResult> byPair = new LinkedHashMap<>();
        Map<String, List<WorkloadView>> viewsByPair = new LinkedHashMap<>();
        List<String> pairs = new ArrayList<>();
        for (CapacityResult c : capacity) {
            String key = key(c.engine(), c.scenario());
            if (byPair.putIfAbsent(key, c) == null) {
                pairs.add(key);
            }
        }
        for (WorkloadView view : workloads) {
            String key = key(view.raw().engine(), view.raw().scenario());
            viewsByPair.computeIfAbsent(key, k -> new ArrayList<>()).add(view);
            if (!pairs.contains(key)) {
                pairs.add(key);
            }
        }
        List<HeadlineRow> rows = new ArrayList<>();
        for (String key : pairs) {
            rows.add(row(key, byPair.get(key), counted(viewsByPair.getOrDefault(key, List.of()))));
        }
        return rows;
    }

    /** The first workload whose timings count (not INVALID, passed), else the first not INVALID, else any. */
    static WorkloadView counted(List<WorkloadView> views) {
        return views.stream()
                .filter(v -> v.raw().status() != RunStatus.INVALID
                        && v.raw().verdict().passed())
                .findFirst()
                .or(() -> views.stream()
                        .filter(v -> v.raw().status() != RunStatus.INVALID)
                        .findFirst())
                .orElse(views.isEmpty() ? null : views.get(0));
    }

    private static HeadlineRow row(String key, CapacityResult c, WorkloadView view) {
        String[] pair = key.split("\u0000", 2);
        WorkloadResult w = view == null ? null : view.raw();
        LatencyDefinition latency = w == null ? null : LatencyDefinition.of(w);
        Double p50 = w == null || w.latencyMs() == null ? null : w.latencyMs().p50();
        Double p99 = w == null || w.latencyMs() == null ? null : w.latencyMs().p99();
        Cost cost = w == null ? null : w.cost();
        String version = EngineVersions.label(w == null ? null : w.engineVersion());
        return new HeadlineRow(
                pair[0],
                version != null ? version : EngineVersions.label(c == null ? null : c.engineVersion()),
                pair[1],
                capacityText(c),
                c == null || c.limitedBy() == null ? NONE : c.limitedBy().name().toLowerCase(java.util.Locale.ROOT),
                c == null ? null : c.limitReason(),
                c == null ? null : c.failureReason(),
                ratioText(c),
                w == null || w.config() == null ? null : (double) w.config().ratePerSec(),
                p50,
                p99,
                latency == null ? null : latency.aboveFloor(p50),
                latency == null ? null : latency.aboveFloor(p99),
                latency == null ? NONE : latency.floorText(),
                latency == null ? NONE : latency.text(),
                cost == null ? null : cost.cpuCoreSecondsPerMillionEvents(),
                cost == null ? null : cost.allocatedBytesPerEvent(),
                cost == null ? null : cost.gcTimeShare(),
                view == null ? null : view.anchor(),
                w == null || w.status() != RunStatus.INVALID);
    }

    /**
     * "412,000 ev/s (within 10 %)", "at least 700,000 ev/s", "none sustained", "search failed" or "–". The share
     * is how far above the figure the search saw the engine fail (the capacity lies below figure x (1 + share)).
     */
    static String capacityText(CapacityResult c) {
        if (c == null) {
            return NONE;
        }
        if (c.failureReason() != null) {
            return "search failed";
        }
        if (c.maxSustainableEventsPerSec() == null) {
            return "none sustained";
        }
        String figure = Format.number(c.maxSustainableEventsPerSec()) + " ev/s";
        return c.lowerBoundOnly()
                ? "at least " + figure
                : figure + " (within " + Format.percent(c.resolutionOrDefault()) + ")";
    }

    /** "0.81×" or "at least 1.09×"; "–" without a baseline figure. */
    static String ratioText(CapacityResult c) {
        if (c == null || c.ratioToBaseline() == null || !Double.isFinite(c.ratioToBaseline())) {
            return NONE;
        }
        return (c.ratioIsLowerBound() ? "at least " : "") + Format.number(c.ratioToBaseline()) + "×";
    }

    private static String key(String engine, String scenario) {
        return engine + "\u0000" + scenario;
    }
}
