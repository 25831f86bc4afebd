package dev.fsbench.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fsbench.results.ClaimedEffect;
import dev.fsbench.results.Environment;
import dev.fsbench.results.ExperimentComparison;
import dev.fsbench.results.ExperimentResult;
import dev.fsbench.results.ExperimentRun;
import dev.fsbench.results.ExperimentVariant;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.WorkloadResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results of {@code bench experiment} as the harness writes them: the variants' workloads interleaved round after
 * round (A B A B), each a full workload of {@link ResultFixtures#workload}, labelled as the harness labels them
 * ({@code <engine>-<experiment>.<variant>[.at<rate>][-<round>]}); each run's figures taken from its workload as
 * the harness's ExperimentMetric takes them; each comparison's ratio the ratio of the two variants' geometric
 * means, judged by {@link ClaimedEffect}.
 */
public final class ExperimentFixtures {
    private ExperimentFixtures() {}

    /**
     * @param rates      offered rates; with two or more, each variant runs at each rate and every comparison is
     *                   judged per rate ({@code atRate}), as a rate sweep does
     * @param recordRate false for results written before runs recorded their {@code rate}
     * @param load       whether the Flink workloads' summaries carry {@code windowSubtaskLoad} (older results do not)
     */
    public record Spec(
            String name,
            String claim,
            List<String> variants,
            int rounds,
            boolean quick,
            List<Integer> rates,
            boolean recordRate,
            boolean load) {

        /** flink-object-reuse at 20,000 ev/s, 2 rounds, rates recorded and load reported. */
        public static Spec objectReuse(boolean quick) {
            return new Spec(
                    "flink-object-reuse",
                    "Enabling Flink's object reuse makes the pipeline cheaper per event (less CPU and less allocation).",
                    List.of("copy", "reuse"),
                    2,
                    quick,
                    List.of(20_000),
                    true,
                    true);
        }
    }

    static final List<String> METRICS = List.of("cpuPerMillionEvents", "latencyP99Ms");

    public static RunResult run(String runId, Instant startedAt, List<Spec> specs) {
        List<WorkloadResult> workloads = new ArrayList<>();
        List<ExperimentResult> experiments = new ArrayList<>();
        long t0 = startedAt.toEpochMilli();
        long seed = runId.hashCode();
        for (Spec spec : specs) {
            Map<String, List<ExperimentRun>> runs = new LinkedHashMap<>();
            List<String> order = new ArrayList<>();
            int position = 0;
            for (int round = 1; round <= spec.rounds(); round++) {
                for (int v = 0; v < spec.variants().size(); v++) {
                    for (int rate : spec.rates()) {
                        String variant = spec.variants().get(v);
                        String scenario =
                                spec.name() + "." + variant + (spec.rates().size() > 1 ? ".at" + rate : "");
                        // the later variant is the claimed-better one: 15% less latency and CPU
                        double latency = 120 * (v == 0 ? 1.0 : 0.85) * (1 + rate / 40_000.0);
                        WorkloadResult w = ResultFixtures.workload("flink", scenario, latency, rate, ++seed, t0);
                        t0 += 90_000;
                        workloads.add(w);
                        String label = "flink-" + scenario + (round > 1 ? "-" + round : "");
                        order.add(label);
                        runs.computeIfAbsent(variant, k -> new ArrayList<>())
                                .add(new ExperimentRun(
                                        "flink",
                                        round,
                                        ++position,
                                        label,
                                        w.status(),
                                        figures(w, v == 0 ? 1.0 : 0.85),
                                        spec.recordRate() ? (double) rate : null));
                    }
                }
            }
            List<ExperimentVariant> variants = new ArrayList<>();
            runs.forEach((name, list) -> variants.add(new ExperimentVariant(
                    name,
                    Map.of(
                            "flink.objectReuse",
                            String.valueOf(!name.equals(spec.variants().get(0)))),
                    list)));
            List<ExperimentComparison> comparisons = new ArrayList<>();
            for (String metric : METRICS) {
                for (int rate : spec.rates()) {
                    // a sweep judges each rate apart; results from before runs recorded their rate had no sweeps
                    boolean sweep = spec.recordRate() && spec.rates().size() > 1;
                    comparisons.add(compare(spec, metric, variants, sweep ? (double) rate : null));
                    if (!sweep) {
                        break;
                    }
                }
            }
            experiments.add(new ExperimentResult(
                    spec.name(),
                    spec.claim(),
                    "seed notes, Flink tuning (ExecutionConfig.enableObjectReuse)",
                    List.of("flink"),
                    "experiments/" + spec.name() + ".yaml",
                    spec.quick(),
                    order,
                    variants,
                    comparisons,
                    comparisons.get(0).verdict(),
                    null));
        }
        RunResult result = new RunResult(
                        RunResult.SCHEMA_VERSION,
                        runId,
                        startedAt.toString(),
                        startedAt.plusSeconds(900).toString(),
                        RunStatus.RUNNING,
                        List.of(),
                        new Environment(
                                "abc123",
                                "main",
                                false,
                                2,
                                24L << 30,
                                "Linux",
                                "OpenJDK 17",
                                Map.of(),
                                ResultFixtures.ENV_A),
                        null,
                        workloads,
                        null,
                        null,
                        List.of())
                .withExperiments(
                        experiments,
                        RunStatus.OK,
                        List.of(),
                        startedAt.plusSeconds(900).toString());
        boolean load = specs.stream().allMatch(Spec::load);
        return load ? withSubtaskLoad(result) : result;
    }

    /** As ExperimentMetric takes them; cost scaled like the latency, so the claimed-better variant is cheaper. */
    private static Map<String, Double> figures(WorkloadResult w, double factor) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("latencyP50Ms", w.latencyMs().p50());
        figures.put("latencyP99Ms", w.latencyMs().p99());
        figures.put("cpuPerMillionEvents", w.cost().cpuCoreSecondsPerMillionEvents() * factor);
        return figures;
    }

    private static ExperimentComparison compare(
            Spec spec, String metric, List<ExperimentVariant> variants, Double atRate) {
        String than = spec.variants().get(0);
        String better = spec.variants().get(1);
        double ratio = geometricMean(variants, than, metric, atRate) / geometricMean(variants, better, metric, atRate);
        double low = ratio / 1.12;
        double high = ratio * 1.12;
        return new ExperimentComparison(
                spec.claim(),
                "flink",
                metric,
                better,
                than,
                null,
                ratio,
                new ExperimentComparison.RatioInterval(low, high),
                ClaimedEffect.direction().judge(low, high),
                "welch-log-95",
                null,
                atRate);
    }

    private static double geometricMean(List<ExperimentVariant> variants, String name, String metric, Double atRate) {
        return Math.exp(variants.stream()
                .filter(v -> v.name().equals(name))
                .flatMap(v -> v.runs().stream())
                .filter(r -> atRate == null || atRate.equals(r.rate()))
                .mapToDouble(r -> Math.log(r.figures().get(metric)))
                .average()
                .orElseThrow());
    }

    /**
     * Flink's window vertex reports how many records each of its 2 subtasks took in (Zipf keys: one subtask
     * busier), as the engine writes {@code engineMetrics.summary.windowSubtaskLoad}.
     */
    static RunResult withSubtaskLoad(RunResult result) {
        return ResultFixtures.edit(result, tree -> {
            for (var w : tree.path("workloads")) {
                long events = w.path("generator").path("measuredEvents").asLong(1_200_000);
                long busy = Math.round(events * 0.62);
                ObjectNode load = ((ObjectNode) w.path("engineMetrics").path("summary")).putObject("windowSubtaskLoad");
                load.put("vertex", "window-count -> Sink: results");
                ArrayNode records = load.putArray("recordsInPerSubtask");
                records.add(busy).add(events - busy);
                load.put("maxOverMean", busy / (events / 2.0));
            }
        });
    }
}
