package dev.fsbench.reports.html;

import dev.fsbench.reports.gate.Format;
import dev.fsbench.results.RunStatus;
import dev.fsbench.results.Verification;
import dev.fsbench.results.WorkloadResult;
import dev.fsbench.results.WorkloadVerdict;

/** How a workload's verdict and verification read on a page; the verdict itself comes from the result. */
final class VerificationText {
    private VerificationText() {}

    /** CSS class of the verdict: ok, failed, or incomplete when nothing was verified. */
    static String cssClass(WorkloadVerdict verdict) {
        return switch (verdict.outcome()) {
            case PASSED -> "ok";
            case FAILED -> "failed";
            case NOT_VERIFIED -> "incomplete";
        };
    }

    /** As {@link #cssClass(WorkloadVerdict)}, but "invalid" for an INVALID workload: never shown as passed. */
    static String cssClass(WorkloadResult w) {
        return w.status() == RunStatus.INVALID ? "invalid" : cssClass(w.verdict());
    }

    /** As {@link #brief(WorkloadVerdict, Verification)}, but "INVALID (...)" for an INVALID workload. */
    static String brief(WorkloadResult w) {
        if (w.status() == RunStatus.INVALID) {
            return "INVALID"
                    + (w.verification() == null || w.verification().mode() == null
                            ? ""
                            : " (" + w.verification().mode() + ")");
        }
        return brief(w.verdict(), w.verification());
    }

    /** "passed (exact)", "FAILED (conservation)" or "not verified". */
    static String brief(WorkloadVerdict verdict, Verification v) {
        if (v == null) {
            return "not verified";
        }
        return (verdict.passed() ? "passed" : "FAILED") + (v.mode() == null ? "" : " (" + v.mode() + ")");
    }

    /**
     * Every count of the verification in one line, in the terms of what its mode checked: exact mode compares
     * every window with the ground truth; conservation mode (processing-time windows) checks per word, the batch
     * grid, duplicates and the vocabulary, and never claims windows correct that it could not compare.
     */
    static String full(Verification v) {
        if (v == null) {
            return "not verified";
        }
        StringBuilder sb = new StringBuilder();
        if (Verification.CONSERVATION.equals(v.mode())) {
            conservation(sb, v);
        } else {
            sb.append(v.mode() == null ? "" : v.mode() + ": ");
            sb.append(v.windowsCorrect())
                    .append('/')
                    .append(v.windowsExpected())
                    .append(" windows correct");
            appendIfAny(sb, v.windowsMissing(), "missing");
            appendIfAny(sb, v.windowsDuplicated(), "duplicated");
            if (v.windowsOvercounted() != null) {
                // tolerated under the rule that replays may over-count: no copy below the true count, one above it
                appendIfAny(sb, v.windowsOvercounted(), "over-counted by a replay (tolerated: never under-counted)");
            }
            appendIfAny(sb, v.windowsWrong(), "wrong");
            appendIfAny(sb, v.windowsUnexpected(), "unexpected");
            appendIfAny(sb, v.windowsUndelivered(), "undelivered (still owed when waiting ended: behind, not lost)");
            sb.append("; events ").append(v.eventsCounted()).append('/').append(v.eventsExpected());
        }
        if (v.misassignmentRate() != null && Double.isFinite(v.misassignmentRate())) {
            sb.append("; misassigned ").append(Format.percent(v.misassignmentRate()));
        }
        output(sb, v.output());
        return sb.toString();
    }

    private static void conservation(StringBuilder sb, Verification v) {
        if (v.wordsMiscounted() == null) {
            // schema 1-2: only the total of all counts and repeated windows were checked
            sb.append("conservation (total only): events ")
                    .append(v.eventsCounted())
                    .append('/')
                    .append(v.eventsExpected());
            appendIfAny(sb, v.windowsDuplicated(), "duplicated windows");
            return;
        }
        sb.append("conservation (per word, batch grid, duplicates, vocabulary): ")
                .append(v.windowsExpected())
                .append(" results checked, ")
                .append(v.wordsMiscounted())
                .append(" words miscounted, ")
                .append(v.windowsOffGrid() == null ? 0 : v.windowsOffGrid())
                .append(" off grid, ")
                .append(v.windowsDuplicated())
                .append(" duplicated, ")
                .append(v.windowsUnexpected())
                .append(" unexpected words; events ")
                .append(v.eventsCounted())
                .append('/')
                .append(v.eventsExpected());
    }

    private static void output(StringBuilder sb, Verification.OutputRecords output) {
        if (output == null) {
            return;
        }
        appendIfAny(sb, output.malformed(), "malformed records");
        appendIfAny(sb, output.withoutLogAppendTime(), "records without LogAppendTime");
        appendIfAny(
                sb,
                output.negativeLatencies(),
                output.negativeLatencyFails()
                        ? "negative latencies"
                        : "negative latencies (external broker: reported only)");
        appendIfAny(sb, output.latenciesAboveRange(), "latencies above the histogram's range (not in percentiles)");
        sb.append("; watched ")
                .append(String.format(java.util.Locale.ROOT, "%.1f s", output.watchMs() / 1000.0))
                .append(" for late records (")
                .append(output.recordsInWatch())
                .append(" arrived)");
    }

    private static void appendIfAny(StringBuilder sb, long windows, String what) {
        if (windows > 0) {
            sb.append(", ").append(windows).append(' ').append(what);
        }
    }
}
