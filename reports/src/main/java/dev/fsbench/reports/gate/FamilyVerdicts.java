package dev.fsbench.reports.gate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Verdicts on the timed streaming metrics of one comparison, decided together: the headline metrics form one
 * family whose chance of any false alarm is held to {@link GatePolicy#FALSE_ALARM_BUDGET} by Holm's step-down
 * procedure over their one-sided p-values (regressions and improvements are two such families). Other timed
 * metrics are judged at the strictest single level of that family (Bonferroni), reported, never gating.
 */
final class FamilyVerdicts {
    /** One pair of observations to judge. */
    record Pair(Observation baseline, Observation current) {}

    private FamilyVerdicts() {}

    static List<MetricComparison> judge(List<Pair> pairs) {
        List<ShiftTest> tests =
                pairs.stream().map(p -> ShiftTest.of(p.baseline(), p.current())).toList();
        int[] family = IntStream.range(0, pairs.size())
                .filter(i -> tests.get(i) != null
                        && HeadlineMetrics.isHeadline(pairs.get(i).current().key())
                        && resolves(tests.get(i)))
                .toArray();
        int m = Math.max(1, family.length);
        double[] pWorse = new double[pairs.size()];
        double[] pBetter = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            ShiftTest t = tests.get(i);
            pWorse[i] = t == null ? 1 : t.pWorseBeyond(t.minEffect());
            pBetter[i] = t == null ? 1 : t.pBetterBeyond(t.minEffect());
        }
        boolean[] worse = holm(family, pWorse, pairs.size());
        boolean[] better = holm(family, pBetter, pairs.size());
        double bonferroni = GatePolicy.FALSE_ALARM_BUDGET / m;
        List<MetricComparison> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Observation b = pairs.get(i).baseline();
            Observation c = pairs.get(i).current();
            ShiftTest t = tests.get(i);
            if (t == null) {
                out.add(new MetricComparison(b, c, Verdict.NOISY, Double.NaN, unknownNoise(b, c)));
                continue;
            }
            boolean headline = HeadlineMetrics.isHeadline(c.key()) && resolves(t);
            String role = headline
                    ? "; Holm over " + family.length + " headline metrics at "
                            + Format.percent(GatePolicy.FALSE_ALARM_BUDGET)
                    : HeadlineMetrics.isHeadline(c.key())
                            ? "; reported, not gating: its repeats disagree too much to resolve a "
                                    + Format.percent(GatePolicy.DESIGN_SHIFT) + " change"
                            : "; reported, not gating";
            boolean isWorse = headline ? worse[i] : pWorse[i] <= bonferroni;
            boolean isBetter = headline ? better[i] : pBetter[i] <= bonferroni;
            double threshold = Math.abs(b.mean()) * t.minEffect();
            String evidence = String.format(
                    java.util.Locale.ROOT,
                    "%s by %s, p = %s for more than %s (%s)%s",
                    t.worsening() > 0 ? "worse" : "better",
                    Format.percent(Math.abs(t.relativeChange())),
                    pValue(t.worsening() > 0 ? pWorse[i] : pBetter[i]),
                    Format.percent(t.minEffect()),
                    t.noise(),
                    role);
            Verdict verdict = isWorse
                    ? Verdict.REGRESSED
                    : isBetter
                            ? Verdict.IMPROVED
                            : Math.abs(t.logChange()) > Math.log1p(t.minEffect()) ? Verdict.NOISY : Verdict.UNCHANGED;
            out.add(new MetricComparison(b, c, verdict, threshold, evidence));
        }
        return out;
    }

    /** Whether a metric's noise lets it resolve the shift the gate is built for. */
    private static boolean resolves(ShiftTest t) {
        return t.minEffect() < GatePolicy.DESIGN_SHIFT;
    }

    /** Holm's step-down: the i-th smallest p-value of m is compared with budget / (m - i); stops at the first miss. */
    static boolean[] holm(int[] family, double[] p, int size) {
        boolean[] rejected = new boolean[size];
        Integer[] order = Arrays.stream(family).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        for (int k = 0; k < order.length; k++) {
            if (p[order[k]] > GatePolicy.FALSE_ALARM_BUDGET / (order.length - k)) {
                break;
            }
            rejected[order[k]] = true;
        }
        return rejected;
    }

    private static String unknownNoise(Observation b, Observation c) {
        if (b.runs() == 1 && c.runs() == 1 && b.n() == 1 && c.n() == 1) {
            return "noise unknown (one run of one repeat on each side): repeat the workload (repeat: 3) to judge";
        }
        return "not on a log scale (a value is zero or negative): not judged";
    }

    private static String pValue(double p) {
        return p < 0.0001 ? "< 0.0001" : String.format(java.util.Locale.ROOT, "%.4f", p);
    }
}
