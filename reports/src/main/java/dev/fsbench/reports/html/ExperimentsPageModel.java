package dev.fsbench.reports.html;

import dev.fsbench.reports.RunRecord;
import dev.fsbench.reports.gate.Format;
import dev.fsbench.results.ExperimentComparison;
import dev.fsbench.results.ExperimentResult;
import dev.fsbench.results.ExperimentRun;
import dev.fsbench.results.ExperimentVariant;
import dev.fsbench.results.MicrobenchSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The site-wide experiments page: every claim of the newest run of each experiment (by name), with the verdicts
 * older runs gave the same comparison; the newest JMH claims table; and, per piece of advice both test
 * ({@link AdviceTopic}), the microbenchmark's and the running job's answers side by side. Only runs that ended
 * count (a RUNNING run is not a result).
 */
final class ExperimentsPageModel {
    /** The capacity figure exp-sweep adds: its runs search for a rate instead of being offered one. */
    static final String CAPACITY = "capacityEventsPerSec";

    private ExperimentsPageModel() {}

    /** One experiment as one run has it. */
    private record Occurrence(RunRecord run, int index, ExperimentResult experiment) {
        String href() {
            return "runs/" + run.runId() + "/index.html#" + ExperimentView.anchor(index);
        }
    }

    /** The advice both kinds of claim can test: its JMH claims and experiment rows. */
    record TopicRow(String topic, List<ClaimRow> microbenchmark, List<ExperimentPageRow> endToEnd) {}

    static Map<String, Object> build(List<RunRecord> newestFirst) {
        Map<String, List<Occurrence>> byName = new TreeMap<>();
        RunRecord microRun = null;
        for (RunRecord run : newestFirst) {
            if (!run.ended()) {
                continue;
            }
            List<ExperimentResult> experiments = run.result().experiments();
            for (int i = 0; i < experiments.size(); i++) {
                ExperimentResult e = experiments.get(i);
                byName.computeIfAbsent(Objects.toString(e.name()), k -> new ArrayList<>())
                        .add(new Occurrence(run, i, e));
            }
            MicrobenchSection micro = run.microbenchmarks();
            if (microRun == null && micro != null && !micro.claims().isEmpty()) {
                microRun = run;
            }
        }
        List<ExperimentPageRow> rows = new ArrayList<>();
        byName.values().forEach(occurrences -> rows.addAll(rows(occurrences)));
        List<ClaimRow> claims = microRun == null
                ? List.of()
                : microRun.microbenchmarks().claims().stream().map(ClaimRow::of).toList();

        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("experimentCount", byName.size());
        model.put("claims", claims);
        model.put("claimsRunId", microRun == null ? null : microRun.runId());
        model.put("claimsHref", microRun == null ? null : "runs/" + microRun.runId() + "/index.html");
        model.put("topics", topics(rows, claims));
        return model;
    }

    /** The newest occurrence's comparisons, each with what the older occurrences said of it. */
    private static List<ExperimentPageRow> rows(List<Occurrence> newestFirst) {
        Occurrence newest = newestFirst.get(0);
        ExperimentResult e = newest.experiment();
        String topic = AdviceTopic.of(e.claim()).map(AdviceTopic::label).orElse(null);
        ExperimentWorkloads workloads = ExperimentWorkloads.of(newest.run().workloads());
        List<ExperimentPageRow> rows = new ArrayList<>();
        for (ExperimentComparison c : e.comparisons()) {
            List<ExperimentPageRow.Previous> previous = new ArrayList<>();
            for (Occurrence older : newestFirst.subList(1, newestFirst.size())) {
                older.experiment().comparisons().stream()
                        .filter(o -> sameComparison(o, c))
                        .findFirst()
                        .ifPresent(o -> previous.add(new ExperimentPageRow.Previous(
                                ExperimentRow.verdict(o),
                                ExperimentRow.of(older.experiment(), o).measured(),
                                older.experiment().quick(),
                                older.run().runId(),
                                older.href())));
            }
            rows.add(new ExperimentPageRow(
                    ExperimentRow.of(e, c),
                    topic,
                    e.quick(),
                    rate(e, c, workloads),
                    newest.run().runId(),
                    newest.run().result().startedAt(),
                    newest.href(),
                    previous));
        }
        return rows;
    }

    /** The same question asked again: engine, metric, the two variants and the rate judged at. */
    private static boolean sameComparison(ExperimentComparison a, ExperimentComparison b) {
        return Objects.equals(a.engine(), b.engine())
                && Objects.equals(a.metric(), b.metric())
                && Objects.equals(a.better(), b.better())
                && Objects.equals(a.than(), b.than())
                && Objects.equals(a.atRate(), b.atRate());
    }

    /** The comparison's rate ({@code atRate}), else the rates its two variants' runs on its engine were offered. */
    static String rate(ExperimentResult e, ExperimentComparison c, ExperimentWorkloads workloads) {
        if (c.atRate() != null) {
            return "at " + Format.number(c.atRate()) + " ev/s";
        }
        if (CAPACITY.equals(c.metric())) {
            return "capacity search"; // its runs' rate is the capacity each found: no rate was set
        }
        TreeSet<Double> rates = new TreeSet<>();
        for (ExperimentVariant v : e.variants()) {
            if (!Objects.equals(v.name(), c.better()) && !Objects.equals(v.name(), c.than())) {
                continue;
            }
            for (ExperimentRun r : v.runs()) {
                Double rate = Objects.equals(r.engine(), c.engine()) ? workloads.rate(r) : null;
                if (rate != null) {
                    rates.add(rate);
                }
            }
        }
        if (rates.isEmpty()) {
            return "–";
        }
        return rates.size() == 1
                ? Format.number(rates.first()) + " ev/s"
                : Format.number(rates.first()) + "–" + Format.number(rates.last()) + " ev/s (" + rates.size()
                        + " rates pooled)";
    }

    /** Every topic either side has, in the topics' order. */
    private static List<TopicRow> topics(List<ExperimentPageRow> rows, List<ClaimRow> claims) {
        Map<AdviceTopic, TopicRow> topics = new LinkedHashMap<>();
        for (AdviceTopic topic : AdviceTopic.values()) {
            List<ClaimRow> micro = claims.stream()
                    .filter(c -> AdviceTopic.of(c.claim()).orElse(null) == topic)
                    .toList();
            List<ExperimentPageRow> endToEnd =
                    rows.stream().filter(r -> topic.label().equals(r.topic())).toList();
            if (!micro.isEmpty() || !endToEnd.isEmpty()) {
                topics.put(topic, new TopicRow(topic.label(), micro, endToEnd));
            }
        }
        return new ArrayList<>(topics.values());
    }
}
