package dev.fsbench.reports.html;

import dev.fsbench.reports.gate.Format;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

/** Template filters for measured numbers: {@code num}, {@code ms}, {@code bytes}, {@code bytesPerSec}, {@code pct}. Absent -> "–". */
final class FormatExtension extends AbstractExtension {

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "num", numeric(Format::number),
                "ms", numeric(v -> Format.number(v) + " ms"),
                "bytes", numeric(Format::bytes),
                "bytesPerSec", numeric(v -> Format.bytes(v) + "/s"),
                "pct", numeric(Format::percent));
    }

    private static Filter numeric(DoubleFunction<String> format) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }

            @Override
            public Object apply(
                    Object input,
                    Map<String, Object> args,
                    PebbleTemplate self,
                    EvaluationContext context,
                    int lineNumber) {
                Double v = toDouble(input);
                return v == null ? "–" : format.apply(v);
            }
        };
    }

    static Double toDouble(Object input) {
        if (input instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        if (input instanceof String s) {
            try {
                double d = Double.parseDouble(s);
                return Double.isFinite(d) ? d : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
