package dev.fsbench.reports.gate;

/** Two runs from different environments (fingerprints): their numbers say nothing about the code. */
public class IncomparableRunsException extends IllegalArgumentException {
    public IncomparableRunsException(String message) {
        super(message);
    }
}
