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
 * CONSERVATION mode every event's count), the engine dies, or a timeout passes. Stopping earlier would report
 * a slow engine's late windows as missing; waiting forever would hang on a broken one.
 */
final class CompletionWait {

    private CompletionWait() {}

    static void await(
            WorkloadPlan plan,
            GeneratorSummary report,
            LoadGenerator generator,
            OutputCollector collector,
            EngineHandle engine,
            Console console)
            throws InterruptedException {
        var spec = plan.spec();
        long timeoutMs = HarnessSettings.completionTimeoutMs(spec);
        boolean conservation = plan.engine().verificationMode() == VerificationMode.CONSERVATION;
        long owed = conservation
                ? generator.truth().events() * spec.window().windowsPerEvent()
                : expectedWindows(generator, report.measureEndEpochMs());
        long deadline = System.currentTimeMillis() + timeoutMs;
        long lastReport = 0;
        while (System.currentTimeMillis() < deadline && engine.isAlive() && !ShutdownRegistry.isShuttingDown()) {
            long have = conservation
                    ? collector.received().countSum()
                    : collector.received().distinctEndingBy(report.measureEndEpochMs());
            if (have >= owed) {
                return;
            }
            if (System.currentTimeMillis() - lastReport >= 5000) {
                console.progress(
                        "[%s] waiting for the engine to finish: %,d of %,d %s",
                        plan.label(), have, owed, conservation ? "event counts" : "windows");
                lastReport = System.currentTimeMillis();
            }
            Thread.sleep(200);
        }
    }

    private static long expectedWindows(LoadGenerator generator, long lastWindowEndMs) {
        long size = generator.truth().window().sizeMs();
        long[] count = new long[1];
        generator.truth().forEachWindow(start -> start + size <= lastWindowEndMs, (start, word, c) -> count[0]++);
        return count[0];
    }
}
