package dev.fsbench.results;

/** OK: everything ran and verified. FAILED: something failed or did not verify. INCOMPLETE: interrupted. */
public enum RunStatus {
    OK,
    FAILED,
    INCOMPLETE
}
