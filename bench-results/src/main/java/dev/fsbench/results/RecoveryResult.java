package dev.fsbench.results;

/**
 * What one injected fault cost the workload and how it came back ({@code --fault KIND@TIME}).
 *
 * @param fault             the fault's kind: kill-worker, kill-engine or add-partitions
 * @param atMs              when it struck, in ms from the start of the measured phase
 * @param recoveryMs        from the fault until output latency was back within the pre-fault band; null when it never
 *                          came back before the run ended
 * @param backlogPeakEvents the largest backlog (events sent but not yet counted in output) after the fault
 * @param latencyPeakMs     the highest output latency after the fault
 * @param windowsMissing    windows due after the fault that never arrived
 * @param windowsDuplicated windows after the fault that arrived more than once (late duplicates counted)
 * @param detail            what the harness did and saw, e.g. the pid it killed or the partitions it added
 */
public record RecoveryResult(
        String fault,
        long atMs,
        Long recoveryMs,
        long backlogPeakEvents,
        Long latencyPeakMs,
        long windowsMissing,
        long windowsDuplicated,
        String detail) {}
