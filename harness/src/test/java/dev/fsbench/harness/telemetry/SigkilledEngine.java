package dev.fsbench.harness.telemetry;

import dev.fsbench.api.EngineContext;
import dev.fsbench.api.EngineJob;
import dev.fsbench.api.EngineMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A test engine that becomes ready and is then killed with SIGKILL, as the OOM killer or an impatient operator
 * would: no shutdown hooks run, so its flight recording is never dumped.
 */
public final class SigkilledEngine implements EngineJob {

    private SigkilledEngine(EngineContext context) {}

    public static void main(String[] args) {
        EngineMain.run(args, SigkilledEngine::new);
    }

    @Override
    public Map<String, Object> start() {
        Thread kill = new Thread(
                () -> {
                    try {
                        Thread.sleep(3_000);
                        new ProcessBuilder(
                                        "kill",
                                        "-KILL",
                                        Long.toString(ProcessHandle.current().pid()))
                                .inheritIO()
                                .start();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "simulated-sigkill");
        kill.setDaemon(true);
        kill.start();
        return Map.of("note", "will be killed with SIGKILL");
    }

    @Override
    public Map<String, Object> stop() {
        return Map.of();
    }
}
