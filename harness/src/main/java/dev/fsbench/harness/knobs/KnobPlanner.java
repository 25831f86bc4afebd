package dev.fsbench.harness.knobs;

import dev.fsbench.api.knobs.KnobCatalog;
import dev.fsbench.api.knobs.KnobException;
import dev.fsbench.api.knobs.PassThrough;
import dev.fsbench.harness.cluster.ClusterLaunchers;
import dev.fsbench.harness.run.Console;
import dev.fsbench.harness.run.WorkloadPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plan time for settings: every workload's knobs checked against the catalog for the engine that will run it,
 * before any broker or engine starts. Knobs a rule settles (e.g. a DStream batch interval that fits the window)
 * are set in that engine's plan only, and the console says so. A standalone cluster ({@code --cluster standalone})
 * is refused for an engine without one and next to a cluster address of the user's ({@link ClusterLaunchers}).
 */
public final class KnobPlanner {

    private KnobPlanner() {}

    /**
     * The plans with settled knobs set.
     *
     * @throws KnobException naming every unknown key, bad value and broken rule (exit code 2)
     */
    public static List<WorkloadPlan> plan(List<WorkloadPlan> plans, Console console) {
        Set<String> problems = new LinkedHashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        List<WorkloadPlan> planned = new ArrayList<>();
        for (WorkloadPlan plan : plans) {
            try {
                KnobCatalog.PlannedSettings settings =
                        KnobCatalog.plan(plan.engine().name(), plan.spec());
                notes.addAll(settings.notes());
                problems.addAll(ClusterLaunchers.problems(plan.engine().name(), settings.workload()));
                planned.add(new WorkloadPlan(plan.engine(), settings.workload(), plan.repetition()));
            } catch (KnobException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new KnobException(String.join("\n", problems));
        }
        // a warning, not progress: shown with --quiet too, since the run differs from what was asked
        notes.forEach(note -> console.warn("settings: " + note));
        return planned;
    }

    /** The pass-through settings of the plans, by family, counting only engines that read the family. */
    public static Map<PassThrough, Set<String>> passThroughKeys(List<WorkloadPlan> plans) {
        Map<PassThrough, Set<String>> keys = new LinkedHashMap<>();
        for (WorkloadPlan plan : plans) {
            KnobCatalog.plan(plan.engine().name(), plan.spec())
                    .passThrough()
                    .forEach(key -> keys.computeIfAbsent(key.passThrough(), family -> new TreeSet<>())
                            .add(key.knobKey()));
        }
        return keys;
    }
}
