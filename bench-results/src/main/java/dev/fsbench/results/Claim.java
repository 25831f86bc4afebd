package dev.fsbench.results;

/**
 * One tuning claim (serialization, object reuse, sorting) from its source, checked against this run. {@code expectedRatio} null means the source
 * only claims a direction ("faster", "less garbage").
 */
public record Claim(
        String claim,
        String source,
        String metric,
        Double expectedRatio,
        Double measuredRatio,
        Double measuredRatioError,
        Verdict verdict,
        boolean noisy) {

    public enum Verdict {
        confirmed,
        refuted,
        inconclusive
    }
}
