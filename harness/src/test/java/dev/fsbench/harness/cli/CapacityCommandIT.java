package dev.fsbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.results.CapacityResult;
import dev.fsbench.results.LimitedBy;
import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calibration the issue asks for: `bench capacity` on a baseline engine throttled to N events/s finds N
 * within 15 %, says the engine limited it, and exits 0. Real broker, real engine JVMs; steps of 12 s leave 9 whole
 * seconds per step, enough for the sustain rule's backlog slope test to see a 2x overload as significant.
 */
class CapacityCommandIT {

    private static final long THROTTLE = 20_000;

    @Test
    void findsTheThrottledBaselinesRate(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        CliOutcome o = CliOutcome.run(
                "capacity",
                "--engines",
                "baseline",
                "-P",
                "baseline.throttleEventsPerSec=" + THROTTLE,
                "--start-rate",
                "10000",
                "--step",
                "12s",
                "--warmup",
                "5s",
                "--duration",
                "10s",
                "-q",
                "--output",
                out.toString());

        RunResult result = ResultJson.read(out.resolve("result.json"));
        assertThat(result.capacity()).hasSize(1);
        CapacityResult capacity = result.capacity().get(0);
        assertThat(o.exitCode()).as(capacity.toString()).isZero();
        assertThat(capacity.failureReason()).isNull();
        assertThat(capacity.maxSustainableEventsPerSec()).isBetween(THROTTLE * 0.85, THROTTLE * 1.15);
        assertThat(capacity.limitedBy()).as(capacity.limitReason()).isEqualTo(LimitedBy.ENGINE);
        assertThat(capacity.ratioToBaseline()).isEqualTo(1.0);
        assertThat(capacity.rulerCeilingEventsPerSec()).isGreaterThan(THROTTLE * 1.5);
        assertThat(capacity.probes()).extracting(p -> p.phase()).contains("ramp", "confirm");
        assertThat(capacity.probes().get(capacity.probes().size() - 1).sustained())
                .isTrue();
    }
}
