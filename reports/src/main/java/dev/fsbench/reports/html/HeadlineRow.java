package dev.fsbench.reports.html;

/**
 * One (engine, scenario) of a run page's headline. Text fields are ready to show ("at least 700,000 ev/s"); a
 * figure the result lacks is "–" (text) or null (numbers, which the templates' filters show as "–").
 *
 * @param engineVersion  the library and version the engine reported ("Flink 2.2.1"), null without one
 * @param capacity       the maximum sustainable rate, "at least N ev/s" when the ruler bounded the search
 * @param limitedBy      engine, generator, collector or machine; "–" without a capacity search
 * @param failureReason  why the capacity search could not complete, null if it did
 * @param ratio          to the baseline engine, "at least" carried along
 * @param commonRate     the rate of the fixed-rate workload the latency and cost figures come from
 * @param latencyDefinition what p50/p99 measure; floor: the least latency the workload itself imposes
 * @param workloadAnchor the workload's section on the page, null without a fixed-rate workload
 * @param timingsCount   false when the only workload is INVALID (its figures are shown, marked as not counting)
 */
record HeadlineRow(
        String engine,
        String engineVersion,
        String scenario,
        String capacity,
        String limitedBy,
        String limitReason,
        String failureReason,
        String ratio,
        Double commonRate,
        Double p50,
        Double p99,
        Double p50AboveFloor,
        Double p99AboveFloor,
        String floor,
        String latencyDefinition,
        Double cpuCoreSecondsPerMillionEvents,
        Double allocatedBytesPerEvent,
        Double gcTimeShare,
        String workloadAnchor,
        boolean timingsCount) {}
