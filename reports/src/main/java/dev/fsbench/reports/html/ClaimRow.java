package dev.fsbench.reports.html;

import dev.fsbench.reports.gate.Format;
import dev.fsbench.results.Claim;

/**
 * One row of the claims table: what is claimed (size and the band that confirms it, or a direction), the measured
 * ratio with its interval, and beside it the verdict. Results of schemas 1-2 show their "ratio ± error".
 *
 * @param claimed      "4x (confirmed within 2.67–6)", "faster (> 1.05)", or the bare size for old results
 * @param measured     "3.48 [2.85–4.26]"
 * @param alsoMeasured the same ratio on a setup the verdict does not rest on ("new Java stream per record: ..."),
 *                     or null
 * @param verdict      the vocabulary's string, which is also the cell's CSS class
 */
record ClaimRow(
        String claim,
        String source,
        String metric,
        String claimed,
        String measured,
        String alsoMeasured,
        String verdict,
        boolean noisy) {

    static ClaimRow of(Claim c) {
        String verdict = c.verdict() == null ? "unknown" : c.verdict().label();
        Claim.AlsoMeasured also = c.alsoMeasured();
        return new ClaimRow(
                c.claim(),
                c.source(),
                c.metric(),
                claimed(c),
                ratio(c.measuredRatio(), c.ratioLow(), c.ratioHigh(), c.measuredRatioError()),
                also == null
                        ? null
                        : also.metric() + ": " + ratio(also.ratio(), also.ratioLow(), also.ratioHigh(), null)
                                + (also.noisy() ? " (noisy)" : ""),
                verdict,
                c.noisy());
    }

    private static String claimed(Claim c) {
        if (c.expectedRatio() == null) {
            return c.minimumEffect() == null
                    ? "direction (> 1)"
                    : "direction (> " + Format.number(1 + c.minimumEffect()) + ")";
        }
        String size = Format.number(c.expectedRatio()) + "x";
        if (c.bandLow() == null || c.bandHigh() == null) {
            return size;
        }
        return size + " (confirmed within " + Format.number(c.bandLow()) + "–" + Format.number(c.bandHigh()) + ")";
    }

    static String ratio(Double ratio, Double low, Double high, Double error) {
        if (ratio == null) {
            return "–";
        }
        if (low != null && high != null) {
            return Format.number(ratio) + " [" + Format.number(low) + "–" + Format.number(high) + "]";
        }
        return error == null ? Format.number(ratio) : Format.number(ratio) + " ± " + Format.number(error);
    }
}
