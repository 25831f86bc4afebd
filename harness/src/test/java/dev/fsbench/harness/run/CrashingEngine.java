package dev.fsbench.harness.run;

import dev.fsbench.api.EngineSession;
import java.util.Map;

/** A test engine that becomes ready, then dies the way a real engine JVM can (no shutdown, exit code 3). */
public final class CrashingEngine {

    public static void main(String[] args) throws Exception {
        EngineSession session = EngineSession.open(args);
        session.ready(Map.of("note", "will crash"));
        Thread.sleep(3_000);
        System.err.println("simulated crash: the engine ran out of cheese");
        Runtime.getRuntime().halt(3);
    }
}
