package dev.fsbench.harness.engine;

import java.util.Optional;

/**
 * The engine as a load phase watches it: is it up, and if not, why. The load phase asks the handle every time
 * and never keeps the JVM behind it, so a handle that restarts the engine (fault recovery) can put a new JVM
 * behind the same handle in the middle of a phase.
 */
public interface EngineHandle {

    boolean isAlive();

    /** Empty while the engine runs. */
    Optional<Integer> exitCode();

    /** The last lines of the engine's output: what a user needs to see when it died. */
    String outputTail();
}
