package dev.fsbench.harness.run;

import dev.fsbench.api.knobs.HarnessSettings;
import dev.fsbench.harness.collector.OutputCollector;
import dev.fsbench.harness.engine.EngineHandle;
import dev.fsbench.harness.engine.VerificationMode;
import dev.fsbench.harness.generator.LoadGenerator;
import dev.fsbench.harness.process.ShutdownRegistry;
import dev.fsbench.results.GeneratorSummary;

/**
 * After the load: waits until the engine has emitted everything it owes (every measured window, or in
 * CONSERVATION mode every event's count) or dies. While its output keeps arriving it keeps waiting, up to
 * {@code harness.completionMaxMs}; it gives up earlier when no new output arrived for
 * {@code harness.completionTimeoutMs} (a stall). Stopping earlier would report a slow engine's late windows as
 * undelivered although it was about to deliver them; waiting forever would hang on a broken one. An engine given
 * up on while alive is {@link LoadOutcome.Behind behind}: what it had not delivered yet is undelivered, not missing.
 */
final class CompletionWait {

    private CompletionWait() {}

    /** @return null when the engine delivered everything (or died, or the harness shut down); else how far behind */
    static LoadOutcome.Behind await(
            WorkloadPlan plan,
            GeneratorSummary report,
            LoadGenerator generator,
            OutputCollector collector,
            EngineHandle engine,
            Console console)
            throws InterruptedException {
        var spec = plan.spec();
        long stallMs = HarnessSettings.completionTimeoutMs(spec);
        long maxMs = HarnessSettings.completionMaxMs(spec);
        boolean conservation = plan.engine().verificationMode() == VerificationMode.CONSERVATION;
        long owed = conservation
                ? generator.truth().events() * spec.window().windowsPerEvent()
                : expectedWindows(generator, report.measureEndEpochMs());
        long deadline = System.currentTimeMillis() + maxMs;
        long lastReport = 0;
        long lastRecords = -1;
        long lastProgressAt = System.currentTimeMillis();
        while (engine.isAlive() && !ShutdownRegistry.isShuttingDown()) {
            long have = conservation
                    ? collector.received().countSum()
                    : collector.received().distinctEndingBy(report.measureEndEpochMs());
            if (have >= owed) {
                return null;
            }
            long now = System.currentTimeMillis();
            long records = collector.received().records();
            if (records != lastRecords) {
                lastRecords = records;
                lastProgressAt = now;
            }
            if (now >= deadline || now - lastProgressAt >= stallMs) {
                double backlog = Backlog.now(generator, collector, spec);
                console.warn(String.format(
                        "[%s] stopped waiting for the engine (%s): %,d of %,d %s delivered, backlog %,.0f events",
                        plan.label(),
                        now >= deadline
                                ? "still behind after " + maxMs / 1000 + " s"
                                : "no output for " + stallMs / 1000 + " s",
                        have,
                        owed,
                        conservation ? "event counts" : "windows",
                        backlog));
                return new LoadOutcome.Behind(collector.received().latestWindowEndMs(), backlog);
            }
            if (now - lastReport >= 5000) {
                console.progress(
                        "[%s] waiting for the engine to finish: %,d of %,d %s",
                        plan.label(), have, owed, conservation ? "event counts" : "windows");
                lastReport = now;
            }
            Thread.sleep(200);
        }
        return null;
    }

    private static long expectedWindows(LoadGenerator generator, long lastWindowEndMs) {
        long size = generator.truth().window().sizeMs();
        long[] count = new long[1];
        generator.truth().forEachWindow(start -> start + size <= lastWindowEndMs, (start, word, c) -> count[0]++);
        return count[0];
    }
}
