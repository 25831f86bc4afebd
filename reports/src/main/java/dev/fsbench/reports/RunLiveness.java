package dev.fsbench.reports;

import dev.fsbench.results.HarnessProcess;
import dev.fsbench.results.RunResult;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Whether a run is over, still running, or abandoned: a RUNNING result whose harness process is gone (killed, out
 * of memory, a CI timeout), runs on another host (cannot be checked from here), or is not named. A live process
 * must have the recorded pid and start time, so a pid the OS reused for another process is not taken for the run.
 * The one place that decides it: index, run page, history and gate all ask here.
 *
 * @param state  ENDED, RUNNING or ABANDONED
 * @param reason why, for the reader (null when ENDED)
 */
public record RunLiveness(State state, String reason) {

    public enum State {
        /** OK, FAILED or INCOMPLETE: the run's last word. */
        ENDED,
        /** RUNNING and its harness process is alive on this host: not a result yet. */
        RUNNING,
        /** RUNNING but its process is gone or cannot be checked: never a result. */
        ABANDONED
    }

    /** Start times as two readers of /proc report them differ by clock ticks at most; a reused pid by far more. */
    private static final Duration SAME_START = Duration.ofSeconds(1);

    public static RunLiveness of(RunResult result) {
        // nearly every run has ended: decide that before reading the host name from /proc
        return result.ended() ? new RunLiveness(State.ENDED, null) : of(result, HarnessProcess.localHost());
    }

    static RunLiveness of(RunResult result, String localHost) {
        if (result.ended()) {
            return new RunLiveness(State.ENDED, null);
        }
        HarnessProcess process = result.process();
        if (process == null) {
            return abandoned("it never ended and names no harness process to check");
        }
        String who = "harness process " + process.pid() + " on " + process.host();
        if (!localHost.equals(process.host())) {
            return abandoned("it never ended and its " + who + " cannot be checked from " + localHost);
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(process.pid()).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return abandoned("it never ended and its " + who + " is gone");
        }
        if (!sameStart(process.processStartedAt(), HarnessProcess.startOf(handle.get()))) {
            return abandoned("it never ended and its " + who + " is gone (the pid now belongs to another process)");
        }
        return new RunLiveness(State.RUNNING, who);
    }

    public boolean ended() {
        return state == State.ENDED;
    }

    /** The state as the pages and the gate name it: abandoned, still running. */
    public String label() {
        return switch (state) {
            case ENDED -> "ended";
            case RUNNING -> "still running";
            case ABANDONED -> "abandoned";
        };
    }

    private static RunLiveness abandoned(String reason) {
        return new RunLiveness(State.ABANDONED, reason);
    }

    /** Unknown start times (an OS that does not say) cannot tell a reused pid: the process is taken as the run. */
    private static boolean sameStart(String recorded, String now) {
        if (recorded == null || now == null) {
            return true;
        }
        try {
            Duration apart = Duration.between(Instant.parse(recorded), Instant.parse(now))
                    .abs();
            return apart.compareTo(SAME_START) <= 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
