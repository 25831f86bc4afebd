package dev.fsbench.harness.run;

import dev.fsbench.api.EngineContext;
import dev.fsbench.api.EngineJob;
import dev.fsbench.api.EngineMain;
import java.util.Map;

/** A test engine that becomes ready, then dies the way a real engine JVM can (no shutdown, exit code 3). */
public final class CrashingEngine implements EngineJob {

    private CrashingEngine(EngineContext context) {}

    public static void main(String[] args) {
        EngineMain.run(args, CrashingEngine::new);
    }

    @Override
    public Map<String, Object> start() {
        Thread crash = new Thread(
                () -> {
                    try {
                        Thread.sleep(3_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    System.err.println("simulated crash: the engine ran out of cheese");
                    Runtime.getRuntime().halt(3);
                },
                "simulated-crash");
        crash.setDaemon(true);
        crash.start();
        return Map.of("note", "will crash");
    }

    @Override
    public Map<String, Object> stop() {
        return Map.of();
    }
}
