package dev.fsbench.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The check of an engine's output against the generator's ground truth. Window counts are over (window, word)
 * pairs. In exact mode the event figures count event-window memberships (equal to events for tumbling windows);
 * in conservation mode they count every event times the windows it belongs to, summed over all emitted windows.
 *
 * @param mode              "exact" (every window equals the ground truth) or "conservation" (processing-time
 *                          windows, as DStreams emit them: only the totals must match)
 * @param passed            the verifier's verdict; null in results older than the field
 * @param misassignmentRate conservation only: lower bound of the share of event-window memberships counted in
 *                          another window than their event time belongs to (null in exact mode)
 * @param windowsUndelivered windows the engine still owed when the harness stopped waiting, beyond the latest
 *                          window it had delivered: behind, not lost (they are not counted as missing)
 * @param examples          a few concrete mismatches, for the user to start debugging from
 */
public record Verification(
        String mode,
        Boolean passed,
        long windowsExpected,
        long windowsCorrect,
        long windowsMissing,
        long windowsDuplicated,
        long windowsWrong,
        long windowsUnexpected,
        long windowsUndelivered,
        long eventsExpected,
        long eventsCounted,
        Double misassignmentRate,
        List<String> examples) {

    public static final String EXACT = "exact";
    public static final String CONSERVATION = "conservation";

    public Verification {
        examples = Copies.list(examples);
    }

    /** A workload that ended before its output could be checked. */
    public static Verification notRun(String mode, String why) {
        return new Verification(mode, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, List.of("not verified: " + why));
    }

    /** Windows missing, duplicated, wrong or unexpected. */
    @JsonIgnore
    public long badWindows() {
        return windowsMissing + windowsDuplicated + windowsWrong + windowsUnexpected;
    }

    /**
     * The verifier's verdict, or for results older than {@code passed}: every expected window correct and none
     * missing, duplicated or wrong.
     */
    @JsonIgnore
    public boolean verified() {
        if (passed != null) {
            return passed;
        }
        return windowsCorrect == windowsExpected && windowsMissing + windowsDuplicated + windowsWrong == 0;
    }
}
