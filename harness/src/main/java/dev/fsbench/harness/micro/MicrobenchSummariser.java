package dev.fsbench.harness.micro;

import dev.fsbench.results.MicrobenchResult;
import dev.fsbench.results.MicrobenchSection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Turns JMH figures and the size tables into the result's "microbenchmarks" section. */
public final class MicrobenchSummariser {

    private MicrobenchSummariser() {}

    public static MicrobenchSection summarise(
            String profile,
            double wallTimeSec,
            List<String> jmhResultFiles,
            List<String> sizeFiles,
            List<JmhFigure> figures,
            SizeTable sizes) {
        List<MicrobenchResult> results = results(figures, sizes);
        return new MicrobenchSection(
                profile, wallTimeSec, jmhResultFiles, sizeFiles, results, ClaimEvaluator.evaluate(results, sizes));
    }

    static List<MicrobenchResult> results(List<JmhFigure> figures, SizeTable sizes) {
        List<MicrobenchResult> results = new ArrayList<>();
        for (JmhFigure figure : figures) {
            String group = group(figure.className());
            String serializer = figure.params().get("serializer");
            String record = figure.params().get("record");
            Double nsPerRecord = null;
            String records = figure.params().get("records");
            if ("sort".equals(group) && records != null) {
                Double nsPerOp = toNanos(figure.score(), figure.unit());
                nsPerRecord = nsPerOp == null ? null : nsPerOp / Long.parseLong(records);
            }
            results.add(new MicrobenchResult(
                    figure.benchmark(),
                    group,
                    serializer,
                    record,
                    figure.method(),
                    figure.params(),
                    figure.mode(),
                    figure.score(),
                    figure.scoreError(),
                    figure.unit(),
                    Measure.isNoisy(figure.score(), figure.scoreError()),
                    figure.allocBytesPerOp(),
                    figure.allocBytesPerOpError(),
                    sizes.bytes(serializer, record),
                    nsPerRecord,
                    figure.gcTimeMs()));
        }
        return results;
    }

    static String group(String benchmarkClass) {
        return switch (benchmarkClass) {
            case "FlinkSerialization", "SparkSerialization" -> "serialization";
            case "ObjectReuse" -> "reuse";
            case "BinarySort" -> "sort";
            default -> "other";
        };
    }

    /** An average-time score in nanoseconds, or null for throughput modes or unknown units. */
    static Double toNanos(double score, String unit) {
        TimeUnit timeUnit = switch (unit) {
            case "ns/op" -> TimeUnit.NANOSECONDS;
            case "us/op" -> TimeUnit.MICROSECONDS;
            case "ms/op" -> TimeUnit.MILLISECONDS;
            case "s/op" -> TimeUnit.SECONDS;
            default -> null;
        };
        return timeUnit == null ? null : score * timeUnit.toNanos(1);
    }
}
