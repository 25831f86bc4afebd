package dev.fsbench.harness.micro;

import dev.fsbench.results.Claim;
import dev.fsbench.results.ClaimedEffect;
import dev.fsbench.results.MicrobenchResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The tuning claims (and their sources) against this run's figures. A claim whose figures were not run (e.g. a
 * filtered run) is left out; one whose figures are noisy is reported as inconclusive. Java against Kryo is judged
 * on the fair setup, one reused serialization stream each (as Spark writes shuffle and cache blocks), with Java's
 * new-stream-per-record figure shown beside it.
 */
final class ClaimEvaluator {

    static final String SPARK_GUIDE = "Spark tuning guide";
    static final String FLINK_BLOG = "Flink blog: Serialization Tuning Vol. 1 (2020)";
    static final String FLINK_MEMORY_ADVICE = "Flink memory-management advice (object reuse, binary sorting)";
    /** gc.alloc.rate.norm below this is the profiler's noise floor; a ratio against it is a lower bound. */
    static final double ALLOC_FLOOR_BYTES = 1.0;

    static final String ROUNDTRIP = "roundtrip";
    static final String ROUNDTRIP_STREAM = "roundtripStream";
    static final String JAVA_STREAM = "spark-java-stream";
    static final String KRYO_STREAM = "spark-kryo-registered-stream";

    private ClaimEvaluator() {}

    static List<Claim> evaluate(List<MicrobenchResult> results, SizeTable sizes) {
        List<Claim> claims = new ArrayList<>();
        for (String record : records(results, sizes)) {
            sizeRatio(sizes, JAVA_STREAM, KRYO_STREAM, record)
                    .ifPresent(ratio -> claims.add(ClaimRule.evaluate(
                            "Kryo's output is much smaller than Java serialization's (\"as much as 10x\")",
                            SPARK_GUIDE,
                            "serializedBytes per record " + JAVA_STREAM + " / " + KRYO_STREAM + ", " + record,
                            ClaimedEffect.about(10),
                            ratio,
                            sizeRatio(sizes, "spark-java", "spark-kryo-registered", record)
                                    .map(perRecord -> ClaimRule.alsoMeasured(
                                            "new Java stream per record: spark-java / spark-kryo-registered",
                                            perRecord))
                                    .orElse(null))));
            timeRatio(results, "SparkSerialization", ROUNDTRIP_STREAM, JAVA_STREAM, KRYO_STREAM, record)
                    .ifPresent(ratio -> claims.add(ClaimRule.evaluate(
                            "Kryo is much faster than Java serialization (\"as much as 10x\")",
                            SPARK_GUIDE,
                            "roundtripStream " + JAVA_STREAM + " / " + KRYO_STREAM + ", " + record,
                            ClaimedEffect.about(10),
                            ratio,
                            timeRatio(
                                            results,
                                            "SparkSerialization",
                                            ROUNDTRIP,
                                            "spark-java",
                                            "spark-kryo-registered",
                                            record)
                                    .map(perRecord -> ClaimRule.alsoMeasured(
                                            "new Java stream per record: roundtrip spark-java / spark-kryo-registered",
                                            perRecord))
                                    .orElse(null))));
            flinkRoundtrip(results, "flink-kryo-unregistered", "flink-pojo", record)
                    .ifPresent(ratio -> claims.add(ClaimRule.evaluate(
                            "Flink's PojoSerializer is about 4x faster than its Kryo fallback",
                            FLINK_BLOG,
                            "roundtrip flink-kryo-unregistered / flink-pojo, " + record,
                            ClaimedEffect.about(4),
                            ratio,
                            null)));
            flinkRoundtrip(results, "flink-pojo", "flink-tuple", record)
                    .ifPresent(ratio -> claims.add(ClaimRule.evaluate(
                            "Flink's TupleSerializer is about 1.4x faster than its PojoSerializer",
                            FLINK_BLOG,
                            "roundtrip flink-pojo / flink-tuple, " + record,
                            ClaimedEffect.about(1.4),
                            ratio,
                            null)));
            sizeRatio(sizes, "kryo-unregistered", "kryo-registered", record)
                    .ifPresent(ratio -> claims.add(ClaimRule.evaluate(
                            "Registering classes makes Kryo's output smaller",
                            SPARK_GUIDE,
                            "serializedBytes kryo-unregistered / kryo-registered, " + record,
                            ClaimedEffect.direction(),
                            ratio,
                            null)));
            flinkRoundtrip(results, "kryo-unregistered", "kryo-registered", record)
                    .ifPresent(ratio -> claims.add(ClaimRule.evaluate(
                            "Registering classes makes Kryo faster",
                            SPARK_GUIDE,
                            "roundtrip kryo-unregistered / kryo-registered, " + record,
                            ClaimedEffect.direction(),
                            ratio,
                            null)));
        }
        allocation(results, "emitNew")
                .ifPresent(fresh -> allocation(results, "emitReuseValue")
                        .ifPresent(reused -> claims.add(ClaimRule.evaluate(
                                "Reusing a Tuple2 with a mutable LongValue cuts allocation",
                                FLINK_MEMORY_ADVICE,
                                "allocated B/record emitNew / emitReuseValue (floor " + ALLOC_FLOOR_BYTES + " B)",
                                ClaimedEffect.direction(),
                                fresh.over(reused),
                                null))));
        for (MicrobenchResult binary : find(results, "BinarySort.sortBinary")) {
            results.stream()
                    .filter(r -> r.benchmark().endsWith("BinarySort.sortObjects")
                            && r.params().equals(binary.params()))
                    .findFirst()
                    .ifPresent(objects -> claims.add(ClaimRule.evaluate(
                            "Sorting normalized binary keys is faster than sorting objects",
                            FLINK_MEMORY_ADVICE,
                            "sortObjects / sortBinary, key=" + binary.params().get("key") + ", records="
                                    + binary.params().get("records"),
                            ClaimedEffect.direction(),
                            measure(objects).over(measure(binary)),
                            null)));
        }
        return claims;
    }

    private static Set<String> records(List<MicrobenchResult> results, SizeTable sizes) {
        Set<String> records = new LinkedHashSet<>(sizes.records());
        results.stream().map(MicrobenchResult::record).filter(Objects::nonNull).forEach(records::add);
        return records;
    }

    private static Optional<Measure.Ratio> sizeRatio(SizeTable sizes, String larger, String smaller, String record) {
        Integer numerator = sizes.bytes(larger, record);
        Integer denominator = sizes.bytes(smaller, record);
        if (numerator == null || denominator == null) {
            return Optional.empty();
        }
        return Optional.of(Measure.exact(numerator).over(Measure.exact(denominator)));
    }

    private static Optional<Measure.Ratio> flinkRoundtrip(
            List<MicrobenchResult> results, String slower, String faster, String record) {
        return timeRatio(results, "FlinkSerialization", ROUNDTRIP, slower, faster, record);
    }

    private static Optional<Measure.Ratio> timeRatio(
            List<MicrobenchResult> results,
            String benchmarkClass,
            String method,
            String slower,
            String faster,
            String record) {
        Optional<MicrobenchResult> numerator = figure(results, benchmarkClass + "." + method, slower, record);
        Optional<MicrobenchResult> denominator = figure(results, benchmarkClass + "." + method, faster, record);
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(measure(numerator.get()).over(measure(denominator.get())));
    }

    private static Optional<MicrobenchResult> figure(
            List<MicrobenchResult> results, String classAndMethod, String serializer, String record) {
        return find(results, classAndMethod).stream()
                .filter(r -> serializer.equals(r.serializer()) && record.equals(r.record()))
                .findFirst();
    }

    private static Optional<Measure> allocation(List<MicrobenchResult> results, String method) {
        return find(results, "ObjectReuse." + method).stream()
                .filter(r -> r.allocBytesPerOp() != null)
                .findFirst()
                .map(r -> r.allocBytesPerOp() < ALLOC_FLOOR_BYTES
                        ? Measure.exact(ALLOC_FLOOR_BYTES)
                        : Measure.of(r.allocBytesPerOp(), r.allocBytesPerOpError()));
    }

    private static List<MicrobenchResult> find(List<MicrobenchResult> results, String classAndMethod) {
        return results.stream()
                .filter(r -> r.benchmark().endsWith("." + classAndMethod))
                .toList();
    }

    private static Measure measure(MicrobenchResult result) {
        return Measure.of(result.score(), result.scoreError());
    }
}
