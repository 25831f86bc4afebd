package dev.fsbench.harness.engine;

/** The engine could not be started or did not become ready; the message is meant for the user. */
public final class EngineFailure extends Exception {

    public EngineFailure(String message) {
        super(message);
    }
}
