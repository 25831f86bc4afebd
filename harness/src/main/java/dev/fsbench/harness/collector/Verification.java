package dev.fsbench.harness.collector;

import java.util.List;

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
        List<String> examples) {}
