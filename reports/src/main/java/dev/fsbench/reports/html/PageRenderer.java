package dev.fsbench.reports.html;

import dev.fsbench.reports.Json;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pebble with HTML autoescaping on for every expression: strings from results and configs can never become markup.
 * Only the page's own assets and the chart JSON (escaped by {@link Json#forScriptBlock}) are written raw; the
 * page's {@link ContentSecurityPolicy} allows exactly those inlined scripts and that style, by hash.
 */
public final class PageRenderer {
    private final PebbleEngine engine;
    private final Assets assets;
    /** Pages with charts inline ECharts and report.js; pages without charts run no script at all. */
    private final String policyWithCharts;

    private final String policyWithoutCharts;

    public PageRenderer() {
        ClasspathLoader loader = new ClasspathLoader(PageRenderer.class.getClassLoader());
        loader.setPrefix("dev/fsbench/reports/templates");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(false)
                .extension(new FormatExtension())
                .build();
        this.assets = Assets.load();
        this.policyWithCharts = ContentSecurityPolicy.of(List.of(assets.echarts(), assets.js()), List.of(assets.css()));
        this.policyWithoutCharts = ContentSecurityPolicy.of(List.of(), List.of(assets.css()));
    }

    /** @param charts chart specs drawn by report.js; each needs a container with its id on the page */
    public String render(String template, Map<String, Object> model, List<Map<String, Object>> charts) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("assets", assets);
        context.put("charts", charts);
        context.put("chartJson", Json.forScriptBlock(charts));
        // the hashes are of the exact strings layout.peb inlines (same Assets), so they cannot drift apart
        context.put("contentSecurityPolicy", charts.isEmpty() ? policyWithoutCharts : policyWithCharts);
        StringWriter out = new StringWriter(1 << 20);
        try {
            engine.getTemplate(template).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
