package dev.fsbench.results;

import java.util.Map;

/**
 * One row of the result's "microbenchmarks.results" (the shape the reports render). {@code serializer} and
 * {@code record} are null where they do not apply (object reuse write path, sorts); {@code nsPerRecord} is set for
 * sorts (score is per sort); {@code serializedBytes} comes from the deterministic size table.
 */
public record MicrobenchResult(
        String benchmark,
        String group,
        String serializer,
        String record,
        String operation,
        Map<String, String> params,
        String mode,
        double score,
        Double scoreError,
        String unit,
        boolean noisy,
        Double allocBytesPerOp,
        Double allocBytesPerOpError,
        Integer serializedBytes,
        Double nsPerRecord,
        Double gcTimeMs) {
    public MicrobenchResult {
        params = Copies.orderedMap(params);
    }
}
