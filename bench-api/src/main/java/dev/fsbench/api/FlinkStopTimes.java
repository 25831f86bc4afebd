package dev.fsbench.api;

import java.time.Duration;

/**
 * How long the Flink engine's graceful stop may take, in one place for the engine (which waits these long) and
 * the harness (which waits for the engine JVM at least as long before it escalates to SIGTERM and SIGKILL).
 */
public final class FlinkStopTimes {

    /** Stop-with-savepoint, as long as Flink's own client waits by default (60 s); a cancel follows if it fails. */
    public static final Duration STOP_WITH_SAVEPOINT = Duration.ofSeconds(60);

    /** The MiniCluster's JobManager writes the HistoryServer archive after the job ended; the engine waits for it. */
    public static final Duration ARCHIVE = Duration.ofSeconds(30);

    /** The rest of a stop: the last REST reads for the summary, a quick cancel after a failed savepoint, JVM exit. */
    public static final Duration MARGIN = Duration.ofSeconds(15);

    /** The whole graceful stop: savepoint, archive and margin (105 s). */
    public static final Duration GRACEFUL_STOP =
            STOP_WITH_SAVEPOINT.plus(ARCHIVE).plus(MARGIN);

    private FlinkStopTimes() {}
}
