package dev.fsbench.reports.html;

import java.util.List;

/**
 * One claim (comparison) on the experiments page: as the run page shows it, plus where it comes from and what
 * earlier runs of the same experiment said.
 *
 * @param row      the claim as the run page's experiments table shows it
 * @param topic    the advice it shares with JMH claims ({@link AdviceTopic}), or null
 * @param quick    true for a --quick run: a cheaper, weaker answer
 * @param rate     "at 20,000 ev/s" for a comparison judged at one rate of a sweep ({@code atRate}); else the
 *                 rate(s) its runs were offered; "–" when unknown
 * @param runId    the run it comes from
 * @param href     its section of that run's page
 * @param previous the same comparison in older runs of the experiment, newest first
 */
record ExperimentPageRow(
        ExperimentRow row,
        String topic,
        boolean quick,
        String rate,
        String runId,
        String startedAt,
        String href,
        List<Previous> previous) {

    /** An older run's verdict on the same comparison. */
    record Previous(String verdict, String measured, boolean quick, String runId, String href) {}
}
