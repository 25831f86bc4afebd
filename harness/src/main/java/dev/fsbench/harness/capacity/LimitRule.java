package dev.fsbench.harness.capacity;

import dev.fsbench.results.LimitedBy;
import java.util.Optional;

/**
 * Says what bounded a capacity search (docs/capacity.md, "What limited the search"), in this order:
 * <ol>
 *   <li>generator: the search sustained its ceiling (the generator's own, or --max-rate) so no engine limit was
 *       seen, or the generator missed its schedule in the probe that bounded the search;
 *   <li>collector: in that probe the collector could not read results as fast as they were appended;
 *   <li>machine: in that probe the machine was at least {@link #MACHINE_BUSY} busy and the engine JVM used less
 *       than half of the busy CPU (the ruler starved it);
 *   <li>engine: otherwise. The engine fell behind while the ruler kept up with CPU to spare.
 * </ol>
 */
public final class LimitRule {

    /** Machine CPU share from which the machine counts as saturated. */
    public static final double MACHINE_BUSY = 0.90;

    private LimitRule() {}

    public record Decision(LimitedBy limitedBy, String reason) {}

    public static Decision decide(SearchOutcome outcome, long ceilingRate, String ceilingName) {
        Optional<ProbeOutcome> bounding = outcome.boundingProbe();
        if (bounding.isEmpty()) {
            return outcome.reachedCeiling()
                    ? new Decision(
                            LimitedBy.GENERATOR,
                            String.format("sustained the search's ceiling, %,d ev/s (%s)", ceilingRate, ceilingName))
                    : new Decision(LimitedBy.ENGINE, "no probe bounded the search");
        }
        ProbeOutcome probe = bounding.get();
        RulerSigns ruler = probe.ruler();
        String at = String.format("at %,d ev/s", probe.rate());
        if (!ruler.generatorKeptSchedule()) {
            return new Decision(LimitedBy.GENERATOR, "the generator missed its schedule " + at);
        }
        if (!ruler.collectorKeptUp()) {
            return new Decision(LimitedBy.COLLECTOR, "the collector read results later than they were appended " + at);
        }
        if (machineStarvedEngine(ruler)) {
            return new Decision(
                    LimitedBy.MACHINE,
                    String.format(
                            "the machine was %.0f %% busy %s and the engine used only %.0f %% of it",
                            100 * ruler.machineCpuShare(), at, 100 * ruler.engineCpuShare()));
        }
        return new Decision(
                LimitedBy.ENGINE,
                "the engine fell behind " + at + " while the ruler kept its schedule"
                        + (ruler.machineCpuShare() == null
                                ? ""
                                : String.format(" (machine %.0f %% busy)", 100 * ruler.machineCpuShare())));
    }

    private static boolean machineStarvedEngine(RulerSigns ruler) {
        return ruler.machineCpuShare() != null
                && ruler.engineCpuShare() != null
                && ruler.machineCpuShare() >= MACHINE_BUSY
                && ruler.engineCpuShare() < ruler.machineCpuShare() / 2;
    }
}
