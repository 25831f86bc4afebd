package dev.fsbench.harness.micro;

import dev.fsbench.results.Claim;
import dev.fsbench.results.MicrobenchResult;
import dev.fsbench.results.MicrobenchSection;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The console view of a microbenchmark section: figures (noisy ones marked) and the claims table. */
public final class MicrobenchTable {

    private MicrobenchTable() {}

    public static void print(MicrobenchSection section, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%nMicrobenchmarks (%s profile, %.0f s). NOISY = error > 10%% of score: not a result.%n",
                section.profile(),
                section.wallTimeSec());
        List<MicrobenchResult> roundTrips = section.results().stream()
                .filter(r -> r.operation() != null && r.operation().startsWith("roundtrip"))
                .toList();
        if (!roundTrips.isEmpty()) {
            out.printf(
                    Locale.ROOT,
                    "Informative round trips (error <= 10%% of score): %d of %d.%n",
                    roundTrips.stream().filter(r -> !r.noisy()).count(),
                    roundTrips.size());
        }
        out.printf(
                Locale.ROOT,
                "%-36s %-44s %14s %12s %-6s %10s %7s%n",
                "benchmark",
                "params",
                "score",
                "+- error",
                "unit",
                "alloc B/op",
                "bytes");
        for (MicrobenchResult r : section.results()) {
            out.printf(
                    Locale.ROOT,
                    "%-36s %-44s %14s %12s %-6s %10s %7s%s%n",
                    shortName(r.benchmark()),
                    params(r.params()),
                    number(r.score()),
                    number(r.scoreError()),
                    r.unit(),
                    number(r.allocBytesPerOp()),
                    r.serializedBytes() == null ? "" : r.serializedBytes(),
                    r.noisy() ? "  NOISY" : "");
        }
        out.printf(
                Locale.ROOT,
                "%n%-70s %-62s %8s %-24s %s%n",
                "claim",
                "metric",
                "claimed",
                "measured [interval]",
                "verdict");
        for (Claim c : section.claims()) {
            out.printf(
                    Locale.ROOT,
                    "%-70s %-62s %8s %-24s %s%s%n",
                    c.claim(),
                    c.metric(),
                    c.expectedRatio() == null ? ">1" : String.format(Locale.ROOT, "%.1fx", c.expectedRatio()),
                    ratio(c.measuredRatio(), c.ratioLow(), c.ratioHigh(), c.measuredRatioError()),
                    c.verdict(),
                    c.noisy() ? " (noisy inputs)" : "");
            if (c.alsoMeasured() != null) {
                Claim.AlsoMeasured also = c.alsoMeasured();
                out.printf(
                        Locale.ROOT,
                        "%-70s %-62s %8s %-24s %s%n",
                        "  shown, not judged:",
                        also.metric(),
                        "",
                        ratio(also.ratio(), also.ratioLow(), also.ratioHigh(), null),
                        also.noisy() ? "(noisy inputs)" : "");
            }
        }
    }

    /** "14.05 [11.2, 17.6]"; schema 1-2 results had "ratio +- error" instead. */
    static String ratio(Double ratio, Double low, Double high, Double error) {
        if (ratio == null) {
            return "-";
        }
        if (low != null && high != null) {
            return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", ratio, low, high);
        }
        return String.format(
                Locale.ROOT, "%.2f +- %s", ratio, error == null ? "?" : String.format(Locale.ROOT, "%.2f", error));
    }

    private static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        return benchmark.substring(benchmark.lastIndexOf('.', method - 1) + 1);
    }

    private static String params(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    private static String number(Double value) {
        if (value == null) {
            return "NaN";
        }
        return Math.abs(value) >= 100
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }
}
