package dev.fsbench.reports.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/** The CSS, the page script and ECharts, read once from the classpath and inlined into every page. */
public record Assets(String css, String js, String echarts, String echartsVersion) {
    private static final String OWN = "/dev/fsbench/reports/";
    private static final String ECHARTS_POM = "/META-INF/maven/org.webjars/echarts/pom.properties";

    public static Assets load() {
        String version = readEchartsVersion();
        return new Assets(
                read(OWN + "report.css"),
                inlineSafe(read(OWN + "report.js")),
                inlineSafe(read("/META-INF/resources/webjars/echarts/" + version + "/echarts.min.js")),
                version);
    }

    private static String readEchartsVersion() {
        try (InputStream in = Assets.class.getResourceAsStream(ECHARTS_POM)) {
            if (in == null) {
                throw new IllegalStateException("ECharts webjar missing from the classpath (" + ECHARTS_POM + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A script inlined in HTML must not contain "</script" (it would end the element). */
    static String inlineSafe(String script) {
        if (!script.toLowerCase(Locale.ROOT).contains("</script")) {
            return script;
        }
        return script.replaceAll("(?i)</script", "<\\\\/script");
    }
}
