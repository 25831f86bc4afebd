package dev.fsbench.reports.gate;

import dev.fsbench.reports.RunLiveness;
import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.RunStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Compares a run against one baseline run or against the history of its own environment. */
public final class RegressionGate {
    /** The baseline argument that selects earlier runs of the same environment instead of one run id. */
    public static final String HISTORY = "history";
    /** The current-run argument that selects the newest run. */
    public static final String LATEST = "latest";
    /** How many earlier runs of the same environment make a history baseline. */
    public static final int DEFAULT_HISTORY_RUNS = 10;

    private RegressionGate() {}

    /**
     * @param baseline a run id, or {@link #HISTORY}
     * @throws IncomparableRunsException when an explicit baseline ran in another environment
     * @throws IOException when a run cannot be read (message names it)
     */
    public static ComparisonReport compare(Path reportsDir, String baseline, String currentRunId) throws IOException {
        return compare(reportsDir, baseline, currentRunId, DEFAULT_HISTORY_RUNS);
    }

    /**
     * @param currentRunId a run id, or {@link #LATEST} for the newest run
     * @param historyRuns how many earlier runs a {@link #HISTORY} baseline pools
     */
    public static ComparisonReport compare(Path reportsDir, String baseline, String currentRunId, int historyRuns)
            throws IOException {
        RunStore store = new RunStore(reportsDir);
        List<RunRecord> all = store.list();
        RunRecord current;
        if (LATEST.equals(currentRunId)) {
            // the newest run that ended: a run still going, or abandoned, is not a result
            current = all.stream()
                    .filter(RunRecord::ended)
                    .findFirst()
                    .orElseThrow(
                            () -> new IOException("no ended runs in " + store.runsDir() + ": nothing is 'latest'"));
        } else {
            current = store.load(currentRunId).requireEnded();
        }
        if (HISTORY.equals(baseline)) {
            if (historyRuns < 1) {
                throw new IllegalArgumentException("history size must be at least 1, got " + historyRuns);
            }
            return compareWithHistory(all, current, historyRuns);
        }
        return compare(store.load(baseline).requireEnded(), current);
    }

    /**
     * @throws IncomparableRunsException when the runs ran in different setups, or the baseline ran on a contended
     *     machine (its figures measure the contention: never a baseline)
     */
    public static ComparisonReport compare(RunRecord baseline, RunRecord current) {
        baseline.requireEnded();
        current.requireEnded();
        if (!baseline.fingerprint().equals(current.fingerprint())) {
            throw new IncomparableRunsException("run " + baseline.runId() + " (setup " + baseline.fingerprint()
                    + ") and run " + current.runId() + " (setup " + current.fingerprint()
                    + ") ran in different environments; their numbers are not compared");
        }
        String contention = Contention.of(baseline);
        if (contention != null) {
            throw new IncomparableRunsException("run " + baseline.runId() + " ran on a contended machine (" + contention
                    + "): it is never a baseline; choose another run or --baseline history");
        }
        List<String> notes = new ArrayList<>(Contention.currentNote(current));
        notes.add(
                "one run against one run: run-level effects its repeats cannot show raise the false-alarm rate to about "
                        + Format.percent(GatePolicy.SINGLE_RUN_FALSE_ALARM_BUDGET)
                        + " (measured on real runs, docs/gate.md); a baseline of 2 or more runs (--baseline history) keeps "
                        + Format.percent(GatePolicy.FALSE_ALARM_BUDGET));
        notes.addAll(MetricExtractor.excluded(baseline));
        notes.addAll(MetricExtractor.excluded(current));
        return compareMetrics(
                baseline.runId(),
                List.of(baseline.runId()),
                current,
                MetricExtractor.extract(current),
                MetricExtractor.extract(baseline),
                notes);
    }

    /**
     * Pools the metrics of up to {@code maxRuns} earlier runs with the current run's fingerprint: their spread is the
     * noise a single current run is judged against. Runs of other environments are ignored, never compared.
     */
    public static ComparisonReport compareWithHistory(List<RunRecord> allRuns, RunRecord current, int maxRuns) {
        return compareWithHistory(allRuns, current, maxRuns, MetricExtractor::extract);
    }

    /** @param metricsOf the metrics of a run; a caching function saves re-extracting history runs for each run */
    public static ComparisonReport compareWithHistory(
            List<RunRecord> allRuns,
            RunRecord current,
            int maxRuns,
            Function<RunRecord, Map<String, Observation>> metricsOf) {
        List<String> notes = new ArrayList<>(Contention.currentNote(current));
        List<RunRecord> history = allRuns.stream()
                .filter(r -> !r.runId().equals(current.runId()))
                .filter(r -> r.fingerprint().equals(current.fingerprint()))
                .filter(r -> r.startedAt().isBefore(current.startedAt()))
                .filter(r -> {
                    if (!r.ended()) {
                        RunLiveness liveness = r.liveness();
                        notes.add("run " + r.runId() + " skipped as a baseline: " + liveness.label() + " ("
                                + liveness.reason() + ")");
                    }
                    return r.ended();
                })
                .filter(r -> {
                    String contention = Contention.of(r);
                    if (contention != null) {
                        notes.add(
                                "run " + r.runId() + " skipped as a baseline: contended machine (" + contention + ")");
                    }
                    return contention == null;
                })
                .sorted((a, b) -> b.startedAt().compareTo(a.startedAt()))
                .limit(maxRuns)
                .toList();
        long otherEnvironments = allRuns.stream()
                .filter(r -> !r.fingerprint().equals(current.fingerprint()))
                .count();
        if (otherEnvironments > 0) {
            notes.add(otherEnvironments + " run(s) from other setups (environment or Kafka) ignored");
        }
        if (history.isEmpty()) {
            notes.add("no usable earlier run in setup " + current.fingerprint() + ": nothing to compare yet");
        }
        return compareWithRuns(history, current, metricsOf, notes);
    }

    /**
     * Compares a run with the given baseline runs (each one sample of between-run variation), as a history baseline
     * does once it has chosen them; the corpus tests choose them themselves.
     */
    static ComparisonReport compareWithRuns(
            List<RunRecord> history,
            RunRecord current,
            Function<RunRecord, Map<String, Observation>> metricsOf,
            List<String> notes) {
        history.forEach(run -> notes.addAll(MetricExtractor.excluded(run)));
        notes.addAll(MetricExtractor.excluded(current));
        Map<String, Observation> currentMetrics = metricsOf.apply(current);
        Map<String, Observation> pooled = new LinkedHashMap<>();
        for (RunRecord run : history) {
            metricsOf.apply(run).forEach((key, obs) -> {
                Observation mine = currentMetrics.get(key);
                // Pool only runs with the current configuration; keep one of another config to explain a skip.
                if (mine != null && !java.util.Objects.equals(mine.configDigest(), obs.configDigest())) {
                    pooled.putIfAbsent(key, obs);
                    return;
                }
                Observation existing = pooled.get(key);
                if (existing == null
                        || (mine != null && !java.util.Objects.equals(existing.configDigest(), mine.configDigest()))) {
                    pooled.put(key, obs);
                } else {
                    pooled.put(key, existing.pooledWith(obs));
                }
            });
        }
        String label = HISTORY + " (" + history.size() + " run" + (history.size() == 1 ? "" : "s")
                + (history.isEmpty()
                        ? ""
                        : ": " + history.get(history.size() - 1).runId() + " .. "
                                + history.get(0).runId())
                + ")";
        return compareMetrics(
                label, history.stream().map(RunRecord::runId).toList(), current, currentMetrics, pooled, notes);
    }

    /** Streaming timings of one configuration: the log-scale shift tests (JMH scores keep their own intervals). */
    private static boolean judgedOnLogScale(Observation b, Observation c) {
        return c.kind().timed()
                && c.key().startsWith("stream/")
                && java.util.Objects.equals(b.configDigest(), c.configDigest());
    }

    private static ComparisonReport compareMetrics(
            String baselineLabel,
            List<String> baselineRunIds,
            RunRecord current,
            Map<String, Observation> currentMetrics,
            Map<String, Observation> baseline,
            List<String> notes) {
        Set<String> keys = new LinkedHashSet<>(currentMetrics.keySet());
        keys.addAll(baseline.keySet());
        Map<String, MetricComparison> byKey = new LinkedHashMap<>();
        List<FamilyVerdicts.Pair> family = new ArrayList<>();
        for (String key : keys) {
            Observation b = baseline.get(key);
            Observation c = currentMetrics.get(key);
            if (b != null && c != null) {
                if (judgedOnLogScale(b, c)) {
                    family.add(new FamilyVerdicts.Pair(b, c));
                    byKey.put(key, null); // keeps the report order
                } else {
                    byKey.put(key, NoiseRule.compare(b, c));
                }
            } else if (c != null && !baseline.isEmpty()) {
                byKey.put(key, MetricComparison.missing(c, true));
            } else if (b != null) {
                byKey.put(key, MetricComparison.missing(b, false));
            }
        }
        FamilyVerdicts.judge(family).forEach(v -> byKey.put(v.current().key(), v));
        List<MetricComparison> comparisons = List.copyOf(byKey.values());
        return new ComparisonReport(
                baselineLabel, baselineRunIds, current.runId(), current.fingerprint(), comparisons, notes);
    }
}
