package dev.fsbench.reports.html;

import dev.fsbench.reports.RunLiveness;
import dev.fsbench.reports.RunRecord;

/** What the index and the run page say about a run that has not ended: still running, or abandoned. */
final class NotEnded {
    private NotEnded() {}

    /** Null for a run that ended; else one sentence, rendered through the template engine's escaping. */
    static String sentence(RunRecord run) {
        RunLiveness liveness = run.liveness();
        return switch (liveness.state()) {
            case ENDED -> null;
            case RUNNING ->
                "Still running (" + liveness.reason() + "): the figures below are the run so far, not a"
                        + " result; it is not compared and has no place in the trends yet.";
            case ABANDONED ->
                "Abandoned: " + liveness.reason() + ". The figures below are what it wrote before it"
                        + " stopped; they are not a result, never a baseline and not in the trends.";
        };
    }
}
