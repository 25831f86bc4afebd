package dev.fsbench.harness.run;

import dev.fsbench.harness.collector.WindowsAfter;
import dev.fsbench.harness.engine.VerificationMode;
import dev.fsbench.harness.fault.FaultEvent;
import dev.fsbench.harness.fault.RecoveryMeasure;
import dev.fsbench.results.GeneratorSummary;
import dev.fsbench.results.RecoveryResult;
import java.util.List;

/** The result's {@code recovery[]}: each fault's cost, from the load phase's series and collected windows. */
final class FaultCosts {

    private FaultCosts() {}

    static List<RecoveryResult> recovery(
            List<FaultEvent> faults, VerificationMode mode, LoadOutcome load, GeneratorSummary report) {
        if (faults.isEmpty()) {
            return List.of();
        }
        long undeliveredFrom =
                load.behind() == null ? Long.MAX_VALUE : load.behind().deliveredUpToMs();
        return RecoveryMeasure.of(
                faults,
                report.measureStartEpochMs(),
                load.output().latencyOverTime(),
                load.output().throughputOverTime(),
                (from, to) -> {
                    WindowsAfter.Tally tally = WindowsAfter.count(
                            load.input().truth(),
                            load.output().windows(),
                            from,
                            to,
                            report.measureEndEpochMs(),
                            undeliveredFrom,
                            mode == VerificationMode.EXACT);
                    return new long[] {tally.missing(), tally.duplicated()};
                });
    }
}
