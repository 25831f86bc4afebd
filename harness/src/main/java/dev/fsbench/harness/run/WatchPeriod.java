package dev.fsbench.harness.run;

import dev.fsbench.harness.collector.OutputCollector;
import dev.fsbench.harness.engine.EngineHandle;
import dev.fsbench.harness.process.ShutdownRegistry;

/**
 * After the engine has delivered everything it owed: the collector keeps reading for a while, so that late
 * records (a duplicate after a restart, a replay since the last checkpoint) are seen and verified instead of
 * arriving after the harness stopped looking. At least {@value #MIN_MS} ms and one commit interval of the engine
 * (its checkpoint, trigger or batch interval), since a replay reaches back to the last commit.
 */
final class WatchPeriod {

    static final long MIN_MS = 2_000;

    private WatchPeriod() {}

    static long lengthMs(WorkloadPlan plan) {
        return Math.max(MIN_MS, plan.engine().commitIntervalMs(plan.spec()));
    }

    /** Watches for {@link #lengthMs}, or until the engine dies or the harness shuts down; returns the ms watched. */
    static long watch(WorkloadPlan plan, OutputCollector collector, EngineHandle engine, Console console)
            throws InterruptedException {
        long lengthMs = lengthMs(plan);
        console.progress("[%s] every window delivered; watching %,d ms for late records", plan.label(), lengthMs);
        collector.startWatch();
        long start = System.currentTimeMillis();
        long end = start + lengthMs;
        for (long now = start; now < end; now = System.currentTimeMillis()) {
            if (!engine.isAlive() || ShutdownRegistry.isShuttingDown()) {
                break;
            }
            Thread.sleep(Math.min(200, end - now));
        }
        return System.currentTimeMillis() - start;
    }
}
