package dev.fsbench.reports.site;

import dev.fsbench.api.AtomicFiles;
import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.RunStore;
import dev.fsbench.reports.gate.ComparisonReport;
import dev.fsbench.reports.gate.MetricExtractor;
import dev.fsbench.reports.gate.Observation;
import dev.fsbench.reports.gate.RegressionGate;
import dev.fsbench.reports.html.SitePages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders the whole reports directory from its run history: {@code index.html}, {@code runs/<runId>/index.html},
 * one {@code trends-<env>.html} per environment and {@code experiments.html}, and points {@code latest} at the
 * newest run. Result files are only read. Pages are written atomically; a run page is only rewritten when its
 * {@link RenderStamp} changed (new module version, or other baseline runs), so a long history costs little per new
 * run. A run that has not ended
 * (RUNNING, live or abandoned) gets its page and its row in the index, marked as such, but no gate, no place in
 * the trends and never the {@code latest} link: it is not a result.
 */
public final class ReportSite {
    /** Every experiment's newest verdicts beside the JMH claims, linked from the index. */
    public static final String EXPERIMENTS_PAGE = "experiments.html";

    private ReportSite() {}

    /**
     * What a render did, for the CLI to print.
     *
     * @param pages pages written
     * @param reusedRunPages run pages already up to date (same module, result and baseline runs): not rewritten
     */
    public record Summary(int runs, List<Path> pages, int reusedRunPages, List<String> problems, long millis) {}

    public static Summary render(Path reportsDir) throws IOException {
        long start = System.nanoTime();
        RunStore store = new RunStore(reportsDir);
        List<RunRecord> newestFirst = store.list();
        List<String> problems = new ArrayList<>(store.problems());

        Map<String, List<RunRecord>> byEnvironment = new LinkedHashMap<>();
        for (RunRecord run : newestFirst.stream().filter(RunRecord::ended).toList()) {
            byEnvironment
                    .computeIfAbsent(run.fingerprint(), fp -> new ArrayList<>())
                    .add(0, run); // oldest first
        }
        Map<String, Map<String, Observation>> metrics = new HashMap<>();
        Function<RunRecord, Map<String, Observation>> metricsOf =
                run -> metrics.computeIfAbsent(run.runId(), id -> MetricExtractor.extract(run));
        Map<String, ComparisonReport> gates = new HashMap<>();
        for (List<RunRecord> runs : byEnvironment.values()) {
            for (RunRecord run : runs) {
                gates.put(
                        run.runId(),
                        RegressionGate.compareWithHistory(runs, run, RegressionGate.DEFAULT_HISTORY_RUNS, metricsOf));
            }
        }

        SitePages pages = new SitePages();
        RenderStamp stamps = new RenderStamp();
        List<Path> written = new ArrayList<>();
        int reused = 0;
        for (RunRecord run : newestFirst) {
            Path page = run.dir().resolve("index.html");
            ComparisonReport gate = gates.get(run.runId());
            String stamp = stamps.of(run, gate == null ? List.of() : gate.baselineRunIds());
            // a run that has not ended can turn abandoned without its result changing: always rendered again
            if (run.ended() && RenderStamp.pageHas(page, stamp)) {
                reused++;
                continue;
            }
            AtomicFiles.write(page, pages.runPage(run, gate, RenderStamp.metaTag(stamp)));
            written.add(page);
        }
        for (Map.Entry<String, List<RunRecord>> env : byEnvironment.entrySet()) {
            Path page = reportsDir.resolve(dev.fsbench.reports.html.Environments.trendsFile(env.getKey()));
            AtomicFiles.write(page, pages.trendPage(env.getKey(), env.getValue(), gates, metricsOf));
            written.add(page);
        }
        Path experiments = reportsDir.resolve(EXPERIMENTS_PAGE);
        AtomicFiles.write(experiments, pages.experimentsPage(newestFirst));
        written.add(experiments);
        Path index = reportsDir.resolve("index.html");
        AtomicFiles.write(index, pages.indexPage(newestFirst, gates, problems));
        written.add(index);
        java.util.Optional<RunRecord> newestEnded =
                newestFirst.stream().filter(RunRecord::ended).findFirst();
        if (newestEnded.isPresent()) {
            pointLatestAt(reportsDir, newestEnded.get(), problems);
        }
        return new Summary(newestFirst.size(), written, reused, problems, (System.nanoTime() - start) / 1_000_000);
    }

    /** {@code latest} -> {@code runs/<newest>}: a relative symlink, replaced atomically. */
    private static void pointLatestAt(Path reportsDir, RunRecord newest, List<String> problems) throws IOException {
        Path latest = reportsDir.resolve("latest");
        if (Files.exists(latest, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(latest)) {
            problems.add(latest + " exists and is not a symlink: left alone");
            return;
        }
        try {
            // a temp file beside it becomes the link, renamed over the old one
            AtomicFiles.writeWith(latest, tmp -> {
                Files.delete(tmp);
                Files.createSymbolicLink(tmp, Path.of("runs", newest.runId()));
            });
        } catch (UnsupportedOperationException | IOException e) {
            problems.add("could not point " + latest + " at " + newest.runId() + ": " + e.getMessage());
        }
    }
}
