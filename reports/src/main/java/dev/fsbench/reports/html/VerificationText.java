package dev.fsbench.reports.html;

import dev.fsbench.reports.gate.Format;
import dev.fsbench.results.Verification;
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
