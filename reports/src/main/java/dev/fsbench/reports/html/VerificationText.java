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

    /** Every count of the verification in one line. */
    static String full(Verification v) {
        if (v == null) {
            return "not verified";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(v.mode() == null ? "" : v.mode() + ": ");
        sb.append(v.windowsCorrect()).append('/').append(v.windowsExpected()).append(" windows correct");
        appendIfAny(sb, v.windowsMissing(), "missing");
        appendIfAny(sb, v.windowsDuplicated(), "duplicated");
        appendIfAny(sb, v.windowsWrong(), "wrong");
        appendIfAny(sb, v.windowsUnexpected(), "unexpected");
        appendIfAny(sb, v.windowsUndelivered(), "undelivered (still owed when waiting ended: behind, not lost)");
        sb.append("; events ").append(v.eventsCounted()).append('/').append(v.eventsExpected());
        if (v.misassignmentRate() != null && Double.isFinite(v.misassignmentRate())) {
            sb.append("; misassigned ").append(Format.percent(v.misassignmentRate()));
        }
        return sb.toString();
    }

    private static void appendIfAny(StringBuilder sb, long windows, String what) {
        if (windows > 0) {
            sb.append(", ").append(windows).append(' ').append(what);
        }
    }
}
