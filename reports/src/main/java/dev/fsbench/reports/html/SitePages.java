package dev.fsbench.reports.html;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.gate.ComparisonReport;
import dev.fsbench.reports.gate.Observation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The four kinds of page, rendered with one template engine and one copy of the inlined assets. */
public final class SitePages {
    private final PageRenderer renderer = new PageRenderer();

    /** @param headMeta a trusted meta tag for the page's head (the render stamp) */
    public String runPage(RunRecord run, ComparisonReport vsHistory, String headMeta) {
        RunPageModel page = RunPageModel.build(run, vsHistory);
        Map<String, Object> model = new java.util.HashMap<>(page.model());
        model.put("headMeta", headMeta);
        model.put("trendsHref", Environments.trendsFile(run.fingerprint()));
        return renderer.render("run", model, page.charts());
    }

    public String indexPage(List<RunRecord> newestFirst, Map<String, ComparisonReport> gates, List<String> problems) {
        return renderer.render("index", IndexPageModel.build(newestFirst, gates, problems), List.of());
    }

    /** Every experiment's newest claims beside the newest JMH claims; no charts, so no script runs. */
    public String experimentsPage(List<RunRecord> newestFirst) {
        return renderer.render("experiments", ExperimentsPageModel.build(newestFirst), List.of());
    }

    public String trendPage(
            String fingerprint,
            List<RunRecord> oldestFirst,
            Map<String, ComparisonReport> gates,
            Function<RunRecord, Map<String, Observation>> metricsOf) {
        TrendPageModel page = TrendPageModel.build(fingerprint, oldestFirst, gates, metricsOf);
        return renderer.render("trends", page.model(), page.charts());
    }
}
