package dev.fsbench.results;

/**
 * OK: everything ran and verified. FAILED: something failed or did not verify. INCOMPLETE: interrupted.
 * INVALID (workloads only): the generator did not keep its schedule, so the load was not what was asked for and
 * the workload's timings do not count (no sustain verdict, no capacity, not compared by the gate).
 */
public enum RunStatus {
    OK,
    FAILED,
    INCOMPLETE,
    INVALID
}
