package dev.fsbench.reports.html;

import dev.fsbench.results.MicrobenchResult;
import dev.fsbench.results.MicrobenchSection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The microbenchmark section of a run page: the section as the result has it, and its bar charts.
 *
 * @param raw    the result's section, which the page's tables show field by field
 * @param charts one bar chart per (operation, unit), then serialized sizes and allocation
 * @param claims the claims table: measured ratio with its interval beside the verdict
 */
record MicrobenchView(MicrobenchSection raw, List<String> charts, List<ClaimRow> claims) {

    /** Null when the run had no microbenchmarks. */
    static MicrobenchView of(MicrobenchSection micro, ChartSpecs charts) {
        if (micro == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        // One chart per (operation, unit): bars of different units or operations are not comparable.
        Map<String, List<MicrobenchResult>> byOperation = new TreeMap<>();
        Map<String, MicrobenchResult> sizes = new TreeMap<>();
        Map<String, MicrobenchResult> allocs = new TreeMap<>();
        for (MicrobenchResult r : micro.results()) {
            String subject = subject(r);
            String operation = r.operation();
            String key = (operation == null ? r.mode() : operation) + " (" + r.unit() + ")";
            byOperation.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            if (r.serializedBytes() != null) {
                sizes.putIfAbsent(subject, r);
            }
            if (finite(r.allocBytesPerOp()) != null) {
                allocs.put(subject + (operation == null ? "" : " " + operation), r);
            }
        }
        byOperation.forEach((key, results) -> ChartIds.addIfDrawn(
                ids,
                charts.bars(
                        "Score: " + key + " (error bars: JMH 99.9% CI)",
                        results.get(0).unit(),
                        results.stream().map(MicrobenchView::subject).toList(),
                        results.stream().map(r -> finite(r.score())).toList(),
                        results.stream().map(r -> finite(r.scoreError())).toList())));
        ChartIds.addIfDrawn(
                ids,
                charts.bars(
                        "Serialized size per record",
                        "bytes",
                        new ArrayList<>(sizes.keySet()),
                        sizes.values().stream()
                                .map(r -> r.serializedBytes().doubleValue())
                                .toList(),
                        sizes.values().stream().map(r -> (Double) null).toList()));
        ChartIds.addIfDrawn(
                ids,
                charts.bars(
                        "Allocated bytes per operation",
                        "B/op",
                        new ArrayList<>(allocs.keySet()),
                        allocs.values().stream()
                                .map(MicrobenchResult::allocBytesPerOp)
                                .toList(),
                        allocs.values().stream().map(r -> (Double) null).toList()));
        return new MicrobenchView(
                micro, ids, micro.claims().stream().map(ClaimRow::of).toList());
    }

    /** "serializer record param=value": what a bar stands for. */
    static String subject(MicrobenchResult r) {
        List<String> parts = new ArrayList<>();
        for (String v : Arrays.asList(r.serializer(), r.record())) {
            if (v != null && !v.isBlank()) {
                parts.add(v);
            }
        }
        if (parts.isEmpty()) {
            String b = r.benchmark();
            parts.add(b == null ? "?" : b.substring(b.lastIndexOf('.') + 1));
        }
        r.params().forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(" ", parts);
    }

    private static Double finite(Double value) {
        return value != null && Double.isFinite(value) ? value : null;
    }
}
