package dev.fsbench.results;

/**
 * OK: everything ran and verified. FAILED: something failed or did not verify. INCOMPLETE: interrupted.
 * INVALID (workloads only): the generator did not keep its schedule, so the load was not what was asked for and
 * the workload's timings do not count (no sustain verdict, no capacity, not compared by the gate).
 * RUNNING (runs only): the run had not ended when this result was written; every intermediate result.json says
 * RUNNING and has no finishedAt, and only the last write of a run that ended says OK, FAILED or INCOMPLETE. A
 * RUNNING result whose harness process is gone is an abandoned run (killed, out of memory, CI timeout): never a
 * result nor a baseline.
 */
public enum RunStatus {
    OK,
    FAILED,
    INCOMPLETE,
    INVALID,
    RUNNING;

    /** True for the statuses only a run that ended carries (RUNNING: not yet, or never, ended). */
    public boolean ended() {
        return this != RUNNING;
    }
}
