package dev.fsbench.reports.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.reports.Fixtures;
import dev.fsbench.reports.ResultFixtures;
import dev.fsbench.reports.html.ContentSecurityPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page's policy allows exactly its own inlined scripts and style, by hash, and nothing inline besides. */
class ContentSecurityPolicyTest {
    private static final Pattern POLICY =
            Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">");
    private static final Pattern SCRIPT = Pattern.compile("<script( [^>]*)?>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    @TempDir
    Path reports;

    @Test
    void aChartPageAllowsItsTwoScriptsAndItsStyleByHashAndNothingElse() throws Exception {
        Fixtures.installAll(reports);
        ReportSite.render(reports);
        String page = Files.readString(
                reports.resolve("runs/" + Fixtures.HOSTILE_RUN + "/index.html"), StandardCharsets.UTF_8);

        String policy = policy(page);
        List<String> executable = new ArrayList<>();
        Matcher scripts = SCRIPT.matcher(page);
        while (scripts.find()) {
            String attributes = scripts.group(1) == null ? "" : scripts.group(1);
            if (!attributes.contains("type=\"application/json\"")) {
                executable.add(scripts.group(2));
            }
        }
        assertThat(executable).as("ECharts and report.js").hasSize(2);
        String scriptSources = directive(policy, "script-src");
        assertThat(scriptSources.split(" "))
                .containsExactly(
                        ContentSecurityPolicy.hash(executable.get(0)), ContentSecurityPolicy.hash(executable.get(1)));
        Matcher style = STYLE.matcher(page);
        assertThat(style.find()).isTrue();
        assertThat(directive(policy, "style-src")).isEqualTo(ContentSecurityPolicy.hash(style.group(1)));
        assertThat(policy).contains("default-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        // the hostile scenario name sits escaped in the JSON block, never in a script that runs
        assertThat(page).contains("tumbling\\u003c/script\\u003e\\u003cimg src=x onerror=");
        assertThat(executable).noneMatch(s -> s.contains(ResultFixtures.HOSTILE_SCENARIO));
    }

    @Test
    void aPageWithoutChartsRunsNoScript() throws Exception {
        Fixtures.installAll(reports);
        ReportSite.render(reports);
        String index = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);

        assertThat(directive(policy(index), "script-src")).isEqualTo("'none'");
        assertThat(index).doesNotContain("<script");
    }

    private static String policy(String page) {
        Matcher m = POLICY.matcher(page);
        assertThat(m.find()).as("a Content-Security-Policy meta tag").isTrue();
        return m.group(1).replace("&#39;", "'");
    }

    private static String directive(String policy, String name) {
        for (String d : policy.split(";")) {
            String trimmed = d.trim();
            if (trimmed.startsWith(name + " ")) {
                return trimmed.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no " + name + " in " + policy);
    }
}
