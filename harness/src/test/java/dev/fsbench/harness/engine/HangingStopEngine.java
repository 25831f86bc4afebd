package dev.fsbench.harness.engine;

import dev.fsbench.api.EngineContext;
import dev.fsbench.api.EngineJob;
import dev.fsbench.api.EngineMain;
import java.util.Map;

/** A test engine whose graceful stop never ends: the harness must escalate. Says so on stderr when SIGTERM comes. */
public final class HangingStopEngine implements EngineJob {

    static final String SIGTERM_LINE = "hanging engine: SIGTERM received";

    private HangingStopEngine(EngineContext context) {}

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println(SIGTERM_LINE)));
        EngineMain.run(args, HangingStopEngine::new);
    }

    @Override
    public Map<String, Object> start() {
        return Map.of();
    }

    @Override
    public Map<String, Object> stop() throws InterruptedException {
        Thread.sleep(Long.MAX_VALUE);
        return Map.of();
    }
}
