package dev.fsbench.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The check of an engine's output against the generator's ground truth. Window counts are over (window, word)
 * pairs. In exact mode the event figures count event-window memberships (equal to events for tumbling windows);
 * in conservation mode they count every event times the windows it belongs to, summed over all emitted windows.
 *
 * @param mode              "exact" (every window equals the ground truth) or "conservation" (processing-time
 *                          windows, as DStreams emit them: per word the memberships must match, windows must lie
 *                          on the batch grid, none may repeat and every word must be a vocabulary word)
 * @param passed            the verifier's verdict; null in results older than the field
 * @param windowsExpected   exact: (window, word) pairs the ground truth holds up to the last judged window;
 *                          conservation: (window, word) results the engine emitted (there is no expected set)
 * @param windowsCorrect    exact: pairs equal to the ground truth; conservation: emitted results that broke no rule
 * @param misassignmentRate conservation only: lower bound of the share of event-window memberships counted in
 *                          another window than their event time belongs to (null in exact mode)
 * @param windowsUndelivered windows the engine still owed when the harness stopped waiting, beyond the latest
 *                          window it had delivered: behind, not lost (they are not counted as missing)
 * @param examples          a few concrete mismatches, for the user to start debugging from
 * @param windowsOffGrid    conservation: emitted windows whose bounds are not on the batch grid (end a multiple of
 *                          the slide, start = end - size); null in exact mode and before schema version 3
 * @param wordsMiscounted   conservation: vocabulary words whose counted memberships differ from the ground truth;
 *                          null in exact mode and before schema version 3
 * @param output            what the collector could not take at face value (malformed records, timestamps that
 *                          are not the broker's, negative or out-of-range latencies) and how long it watched for
 *                          late records; null before schema version 3
 * @param windowsOvercounted exact mode, under the rule that replays may over-count (an engine whose at-least-once
 *                          checkpoints restore state that already holds replayed records: Flink's at-least-once
 *                          guarantee after a kill): duplicated windows whose first copy was right and a later copy
 *                          larger, tolerated; they are among windowsDuplicated and windowsCorrect. Null under any
 *                          other rule and in results older than the field
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
        List<String> examples,
        Long windowsOffGrid,
        Long wordsMiscounted,
        OutputRecords output,
        Long windowsOvercounted) {

    public static final String EXACT = "exact";
    public static final String CONSERVATION = "conservation";

    public Verification {
        examples = Copies.list(examples);
    }

    /** Without {@code windowsOvercounted}: verified under a rule that does not let replays over-count. */
    public Verification(
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
            List<String> examples,
            Long windowsOffGrid,
            Long wordsMiscounted,
            OutputRecords output) {
        this(
                mode,
                passed,
                windowsExpected,
                windowsCorrect,
                windowsMissing,
                windowsDuplicated,
                windowsWrong,
                windowsUnexpected,
                windowsUndelivered,
                eventsExpected,
                eventsCounted,
                misassignmentRate,
                examples,
                windowsOffGrid,
                wordsMiscounted,
                output,
                null);
    }

    /** As read from results older than schema version 3, without the conservation rules and record checks. */
    public Verification(
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
        this(
                mode,
                passed,
                windowsExpected,
                windowsCorrect,
                windowsMissing,
                windowsDuplicated,
                windowsWrong,
                windowsUnexpected,
                windowsUndelivered,
                eventsExpected,
                eventsCounted,
                misassignmentRate,
                examples,
                null,
                null,
                null);
    }

    /**
     * The output topic's records as the collector read them, beyond the window results themselves.
     *
     * @param records                records read, duplicates and late ones included
     * @param malformed              records that were no window result: counted, never silently dropped
     * @param withoutLogAppendTime   records whose timestamp is not the broker's append time (the output topic is
     *                               misconfigured: latency would be measured with the engine's clock)
     * @param negativeLatencies      measured results appended before their window ended; impossible on one clock
     * @param latenciesAboveRange    measured latencies above the histogram's highest trackable value: reported,
     *                               left out of the percentiles rather than clamped to the highest value
     * @param negativeLatencyFails   whether negative latencies fail verification: true when broker and harness
     *                               share a clock (the embedded broker), false for an external cluster
     * @param watchMs                how long the collector kept reading after the engine had delivered what it
     *                               owed, so that late records (duplicates after a restart) are counted
     * @param recordsInWatch         records that arrived during that watch
     */
    public record OutputRecords(
            long records,
            long malformed,
            long withoutLogAppendTime,
            long negativeLatencies,
            long latenciesAboveRange,
            boolean negativeLatencyFails,
            long watchMs,
            long recordsInWatch) {

        /** Problems that fail verification: every malformed or mis-stamped record, negative latency on one clock. */
        @JsonIgnore
        public boolean failsVerification() {
            return malformed > 0 || withoutLogAppendTime > 0 || (negativeLatencyFails && negativeLatencies > 0);
        }
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

    /** This verification with the collector's record checks; a check that fails also fails the verification. */
    public Verification withOutput(OutputRecords checks, List<String> problems) {
        List<String> allExamples = new java.util.ArrayList<>(problems);
        allExamples.addAll(examples);
        Boolean verdict = passed == null ? null : passed && !checks.failsVerification();
        return new Verification(
                mode,
                verdict,
                windowsExpected,
                windowsCorrect,
                windowsMissing,
                windowsDuplicated,
                windowsWrong,
                windowsUnexpected,
                windowsUndelivered,
                eventsExpected,
                eventsCounted,
                misassignmentRate,
                allExamples,
                windowsOffGrid,
                wordsMiscounted,
                checks,
                windowsOvercounted);
    }
}
