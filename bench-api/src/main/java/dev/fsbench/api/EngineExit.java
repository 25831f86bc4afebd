package dev.fsbench.api;

/**
 * The exit codes of every engine JVM, set by {@link EngineMain}. Besides these, a JVM ended by a signal exits
 * with 128 + the signal: 143 after SIGTERM (the harness's second stop step; {@link EngineMain} still stops the job
 * and writes the summary first, within {@link EngineSession}'s grace period), 137 after SIGKILL. The harness
 * counts 0 and 143 as a clean stop and any other code as the engine's failure, quoting its stderr.
 */
public enum EngineExit {
    /** Stopped on the harness's request; {@code engine-summary.json} is written. */
    STOPPED(0),
    /** The job failed while starting, running or stopping; the cause is the last line of stderr. */
    FAILED(1),
    /**
     * The job was rejected before it ran: no readable {@code job.json}, or settings the engine refuses
     * (an {@link IllegalArgumentException} from {@link EngineJob.Factory#create} or {@link EngineJob#start()}).
     */
    REJECTED(2);

    private final int code;

    EngineExit(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
