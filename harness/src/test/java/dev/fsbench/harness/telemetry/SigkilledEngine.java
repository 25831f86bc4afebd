package dev.fsbench.harness.telemetry;

import dev.fsbench.api.EngineSession;
import java.util.Map;

/**
 * A test engine that becomes ready and is then killed with SIGKILL, as the OOM killer or an impatient operator
 * would: no shutdown hooks run, so its flight recording is never dumped.
 */
public final class SigkilledEngine {

    private SigkilledEngine() {}

    public static void main(String[] args) throws Exception {
        EngineSession session = EngineSession.open(args);
        session.ready(Map.of("note", "will be killed with SIGKILL"));
        Thread.sleep(3_000);
        new ProcessBuilder(
                        "kill", "-KILL", Long.toString(ProcessHandle.current().pid()))
                .inheritIO()
                .start();
        Thread.sleep(60_000);
    }
}
