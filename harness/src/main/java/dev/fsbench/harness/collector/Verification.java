package dev.fsbench.harness.collector;

import dev.fsbench.harness.engine.VerificationMode;
import java.util.List;
import java.util.Locale;

/**
 * The verdict on an engine's output. Window counts are over (window, word) pairs. In EXACT mode the event
 * figures count event-window memberships (equal to events for tumbling windows); in CONSERVATION mode they
 * count every event times the windows it belongs to, summed over all emitted windows.
 *
 * @param misassignmentRate CONSERVATION only: lower bound of the share of event-window memberships counted in
 *                          another window than their event time belongs to (null in EXACT mode)
 * @param examples          a few concrete mismatches, for the user to start debugging from
 */
public record Verification(
        String mode,
        boolean passed,
        long windowsExpected,
        long windowsCorrect,
        long windowsMissing,
        long windowsDuplicated,
        long windowsWrong,
        long windowsUnexpected,
        long eventsExpected,
        long eventsCounted,
        Double misassignmentRate,
        List<String> examples) {

    /** The verdict on output that was never judged (the workload was interrupted or failed before its end). */
    public static Verification notRun(VerificationMode mode, String why) {
        return new Verification(
                mode.name().toLowerCase(Locale.ROOT),
                false,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                null,
                List.of("not verified: " + why));
    }
}
