package dev.fsbench.reports.gate;

import dev.fsbench.results.MicrobenchResult;
import dev.fsbench.results.MicrobenchSection;
import dev.fsbench.results.ResultJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The comparable metrics of a run's microbenchmarks: JMH scores, allocation per op, serialized sizes. */
final class MicrobenchMetrics {
    private MicrobenchMetrics() {}

    static void extract(MicrobenchSection micro, Map<String, Observation> out) {
        if (micro == null) {
            return;
        }
        // A quick profile (1 fork, short iterations) is not comparable with a full one: part of the config digest.
        String digest = MetricExtractor.digest(ResultJson.tree(micro.profile()));
        for (MicrobenchResult r : micro.results()) {
            String benchmark = r.benchmark();
            if (benchmark == null) {
                continue;
            }
            String id = "jmh/" + benchmark + paramsSuffix(r.params());
            String label = microLabel(r, benchmark);
            String group = ("microbenchmark " + (r.group() == null ? "" : r.group())).trim();
            if (Double.isFinite(r.score())) {
                Direction dir =
                        "thrpt".equalsIgnoreCase(r.mode()) ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
                MetricExtractor.put(
                        out,
                        new Observation(
                                id + "/score",
                                group,
                                label + " (" + r.mode() + ")",
                                r.unit(),
                                dir,
                                MetricKind.TIMED,
                                new double[] {r.score()},
                                new double[] {finiteOrNaN(r.scoreError())},
                                digest));
            }
            // gc.alloc.rate.norm is deterministic once the JIT settles; JMH's error on it says when it has not
            if (isFinite(r.allocBytesPerOp())) {
                MetricExtractor.put(
                        out,
                        new Observation(
                                id + "/allocBytesPerOp",
                                group,
                                label + " allocated",
                                "B/op",
                                Direction.LOWER_IS_BETTER,
                                MetricKind.NEAR_EXACT,
                                new double[] {r.allocBytesPerOp()},
                                new double[] {finiteOrNaN(r.allocBytesPerOpError())},
                                digest));
            }
            if (r.serializedBytes() != null) {
                MetricExtractor.put(
                        out,
                        new Observation(
                                id + "/serializedBytes",
                                group,
                                label + " serialized size",
                                "bytes",
                                Direction.LOWER_IS_BETTER,
                                MetricKind.EXACT,
                                new double[] {r.serializedBytes()},
                                new double[] {Double.NaN},
                                digest));
            }
        }
    }

    private static boolean isFinite(Double value) {
        return value != null && Double.isFinite(value);
    }

    private static double finiteOrNaN(Double value) {
        return isFinite(value) ? value : Double.NaN;
    }

    private static String microLabel(MicrobenchResult r, String benchmark) {
        List<String> parts = new ArrayList<>();
        for (String v : Arrays.asList(r.serializer(), r.record(), r.operation())) {
            if (v != null && !v.isBlank()) {
                parts.add(v);
            }
        }
        if (parts.isEmpty()) {
            int dot = benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1);
            parts.add(dot >= 0 ? benchmark.substring(dot + 1) : benchmark);
        }
        return String.join(" ", parts) + paramsSuffix(r.params());
    }

    private static String paramsSuffix(Map<String, String> params) {
        if (params.isEmpty()) {
            return "";
        }
        return new TreeMap<>(params)
                .entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(",", "[", "]"));
    }
}
