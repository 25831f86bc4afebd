package dev.fsbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Foreign CPU: what the machine's cores did minus what the run's own processes did. */
class CpuTimesTest {

    /** /proc/stat of a 2-core Linux VM (kernel 6.x: ten fields, guest time already inside user). */
    private static final String PROC_STAT = """
            cpu  3109147 1499 399110 1577432 4099 0 13571 845 120 0
            cpu0 1526652 729 194702 823160 1237 0 6149 433 60 0
            cpu1 1582494 769 204408 754271 2861 0 7422 412 60 0
            intr 187766345 0 9 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            ctxt 352871627
            btime 1764480000
            processes 28575
            procs_running 2
            """;

    @Test
    void procStatCountsEveryNonIdleNonIowaitTickAsBusy() {
        CpuTimes machine = CpuTimes.parseProcStat(PROC_STAT);
        long busy = 3109147 + 1499 + 399110 + 0 + 13571 + 845; // user nice system irq softirq steal; guest in user
        assertThat(machine.machineBusy()).isEqualTo(busy);
        assertThat(machine.machineTotal()).isEqualTo(busy + 1577432 + 4099);
        assertThat(machine.cpus()).isEqualTo(2);
        assertThat(CpuTimes.parseProcStat("intr 1 2 3\n")).as("no cpu line").isNull();
    }

    @Test
    void pidStatAddsUserAndSystemTimeAfterTheCommandName() {
        String java = "28573 (java) S 28568 28568 27419 0 -1 4194304 100 0 0 0 1234 56 7 8 20 0 41 0 2587422"
                + " 3133440 408 18446744073709551615 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0";
        assertThat(CpuTimes.parsePidStat(java)).isEqualTo(1234 + 56);
        String oddName = "77 (a) b (c) R 1 77 77 0 -1 0 0 0 0 0 300 20 0 0 20 0 1 0 1 1 1";
        assertThat(CpuTimes.parsePidStat(oddName))
                .as("spaces and parentheses in the name")
                .isEqualTo(320);
    }

    @Test
    void foreignIsMachineBusyMinusTheOwnProcessesPresentInBothSamples() {
        // 2 cores, 200 ticks each between the samples (400 in all): 300 busy, of which pid 10 used 100
        CpuTimes earlier = new CpuTimes(1_000, 2_000, 2, Map.of(10L, 500L, 11L, 40L));
        CpuTimes later = new CpuTimes(1_300, 2_400, 2, Map.of(10L, 600L, 12L, 90L));

        CpuTimes.Used used = later.since(earlier);

        assertThat(used.ownTicks())
                .as("pid 11 exited, pid 12 started: neither has a delta")
                .isEqualTo(100);
        assertThat(used.foreignTicks()).isEqualTo(200);
        assertThat(used.foreignCores()).isCloseTo(1.0, within(1e-9));
        assertThat(used.ownCores()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void foreignIsNeverNegativeAndUnknownOverNoTime() {
        CpuTimes earlier = new CpuTimes(1_000, 2_000, 2, Map.of(10L, 500L));
        CpuTimes later = new CpuTimes(1_050, 2_100, 2, Map.of(10L, 560L));
        assertThat(later.since(earlier).foreignTicks())
                .as("own counters read a moment after the machine's")
                .isZero();
        assertThat(earlier.since(earlier).foreignCores()).isNull();
    }

    @Test
    void noProcStatMeansUnknown(@TempDir Path notProc) {
        assertThat(CpuTimes.read(notProc, ProcessHandle.current())).isNull();
    }

    @Test
    void theMeasuredPhaseAveragesForeignCpuOverItsSeconds() {
        LoadDuring during = new LoadDuring();
        assertThat(during.foreignCpuCores()).isNull();
        during.add(new CpuTimes.Used(20, 100, 200, 2)); // 0.2 cores over one second
        during.add((CpuTimes.Used) null); // no /proc/stat at that moment: skipped
        during.add(new CpuTimes.Used(140, 10, 200, 2)); // 1.4 cores over the next
        assertThat(during.foreignCpuCores()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aBusyThreadInTheHarnessProcessIsOwnNotForeign() throws Exception {
        CpuTimes before = CpuTimes.now();
        Thread spinner = new Thread(() -> {
            long end = System.nanoTime() + 300_000_000L;
            long sink = 0;
            while (System.nanoTime() < end) {
                sink += Long.numberOfTrailingZeros(sink + end);
            }
            assertThat(sink).isNotNegative();
        });
        spinner.start();
        spinner.join();
        CpuTimes.Used used = CpuTimes.now().since(before);

        assertThat(used.ownCores()).as("the spinning thread's core").isGreaterThan(0.5);
        assertThat(used.foreignCores())
                .as("attributed to this process, not to others")
                .isLessThan(0.5);
    }
}
