package dev.fsbench.reports.gate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Human formatting of measured numbers, shared by the Markdown summary and the HTML pages. */
public final class Format {
    private Format() {}

    /** Three significant digits, thousands grouped, no exponent: 12,345 / 123 / 1.23 / 0.00123. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return "0";
        }
        double abs = Math.abs(v);
        if (abs >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(3));
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** A value in its metric's unit: byte rates and sizes in binary units, shares as percentages. */
    public static String withUnit(double v, String unit) {
        if (unit == null) {
            return number(v);
        }
        return switch (unit) {
            case "B/s" -> bytes(v) + "/s";
            case "share" -> percent(v);
            default -> number(v) + " " + unit;
        };
    }

    /** Like {@link #withUnit} without repeating the unit: for a "± noise" next to a value. */
    public static String magnitude(double v, String unit) {
        if ("B/s".equals(unit)) {
            return bytes(v) + "/s";
        }
        return "share".equals(unit) ? percent(v) : number(v);
    }

    public static String signedPercent(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%+.1f%%", ratio * 100);
    }

    public static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    public static String bytes(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int i = 0;
        double x = v;
        while (Math.abs(x) >= 1024 && i < units.length - 1) {
            x /= 1024;
            i++;
        }
        return number(x) + " " + units[i];
    }
}
