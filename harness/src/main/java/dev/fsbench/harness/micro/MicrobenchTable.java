package dev.fsbench.harness.micro;

import dev.fsbench.results.Claim;
import dev.fsbench.results.MicrobenchResult;
import dev.fsbench.results.MicrobenchSection;
import java.io.PrintStream;
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
        out.printf(Locale.ROOT, "%n%-70s %-62s %8s %16s %s%n", "claim", "metric", "expected", "measured", "verdict");
        for (Claim c : section.claims()) {
            String measured = c.measuredRatio() == null
                    ? "-"
                    : String.format(
                            Locale.ROOT,
                            "%.2f +- %s",
                            c.measuredRatio(),
                            c.measuredRatioError() == null
                                    ? "?"
                                    : String.format(Locale.ROOT, "%.2f", c.measuredRatioError()));
            out.printf(
                    Locale.ROOT,
                    "%-70s %-62s %8s %16s %s%s%n",
                    c.claim(),
                    c.metric(),
                    c.expectedRatio() == null ? ">1" : String.format(Locale.ROOT, "%.1fx", c.expectedRatio()),
                    measured,
                    c.verdict(),
                    c.noisy() ? " (noisy inputs)" : "");
        }
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
