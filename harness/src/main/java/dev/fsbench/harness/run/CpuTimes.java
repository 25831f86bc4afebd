package dev.fsbench.harness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU the whole machine and the run's own processes (the harness JVM and its descendants: the engine JVMs, the
 * broker JVM) have used so far, in clock ticks, from Linux's /proc: two of these give the CPU something ELSE used in
 * between ({@link #since}). All figures are in the same unit (USER_HZ ticks), so no tick rate is needed.
 *
 * @param machineBusy  ticks the machine's cores were busy: user, nice, system, irq, softirq and steal (a hypervisor
 *                     giving the core to another machine competes too); idle and iowait are not busy, and guest time
 *                     is already inside user
 * @param machineTotal every tick of every core, busy or not: the time base
 * @param cpus         the cores /proc/stat lists
 * @param ownByPid     utime + stime of each of the run's processes, by pid
 */
record CpuTimes(long machineBusy, long machineTotal, int cpus, Map<Long, Long> ownByPid) {

    private static final Path PROC = Path.of("/proc");

    /** The CPU used between {@code earlier} and this sample, split into the run's own and everything else. */
    record Used(long foreignTicks, long ownTicks, long totalTicks, int cpus) {

        static final Used NONE = new Used(0, 0, 0, 0);

        /** Cores used by other processes, on average: 1.0 is one core busy all the time. Null over no time. */
        Double foreignCores() {
            return cores(foreignTicks);
        }

        Double ownCores() {
            return cores(ownTicks);
        }

        Used plus(Used other) {
            return new Used(
                    foreignTicks + other.foreignTicks,
                    ownTicks + other.ownTicks,
                    totalTicks + other.totalTicks,
                    Math.max(cpus, other.cpus));
        }

        private Double cores(long ticks) {
            return totalTicks <= 0 ? null : (double) ticks / totalTicks * cpus;
        }
    }

    /**
     * Foreign CPU = machine busy minus the run's own processes' CPU. Only pids present in both samples count as own:
     * a process that started or exited in between (an engine JVM launched or stopped) has no delta to take, so its
     * CPU in that interval shows as foreign; short intervals (a second) keep that small. Never negative: the
     * per-process and the machine counters are updated at slightly different moments.
     */
    Used since(CpuTimes earlier) {
        long busy = machineBusy - earlier.machineBusy;
        long own = 0;
        for (Map.Entry<Long, Long> process : ownByPid.entrySet()) {
            Long before = earlier.ownByPid.get(process.getKey());
            if (before != null) {
                own += Math.max(0, process.getValue() - before);
            }
        }
        return new Used(Math.max(0, busy - own), own, machineTotal - earlier.machineTotal, cpus);
    }

    /** The machine's and the run's CPU now; null where /proc/stat cannot be read (not Linux). */
    static CpuTimes now() {
        return read(PROC, ProcessHandle.current());
    }

    static CpuTimes read(Path proc, ProcessHandle self) {
        CpuTimes machine;
        try {
            machine = parseProcStat(Files.readString(proc.resolve("stat")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (machine == null) {
            return null;
        }
        Map<Long, Long> own = new HashMap<>();
        Stream.concat(Stream.of(self), self.descendants()).forEach(process -> {
            Long ticks = processTicks(proc.resolve(Long.toString(process.pid())).resolve("stat"));
            if (ticks != null) { // exited meanwhile: not counted
                own.put(process.pid(), ticks);
            }
        });
        return new CpuTimes(machine.machineBusy, machine.machineTotal, machine.cpus, Map.copyOf(own));
    }

    /**
     * The machine's part of a /proc/stat text: its first line, "cpu  user nice system idle iowait irq softirq steal
     * guest guest_nice" (older kernels list fewer fields), and one "cpuN" line per core. Null if there is no such line.
     */
    static CpuTimes parseProcStat(String text) {
        long[] fields = null;
        int cpus = 0;
        for (String line : text.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts[0].equals("cpu")) {
                fields = new long[8];
                for (int i = 0; i < fields.length && i + 1 < parts.length; i++) {
                    fields[i] = Long.parseLong(parts[i + 1]);
                }
            } else if (parts[0].matches("cpu\\d+")) {
                cpus++;
            }
        }
        if (fields == null || cpus == 0) {
            return null;
        }
        long idle = fields[3] + fields[4];
        long busy = fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7];
        return new CpuTimes(busy, busy + idle, cpus, Map.of());
    }

    /** utime + stime (fields 14 and 15) of a /proc/PID/stat file; null if it cannot be read (the process exited). */
    static Long processTicks(Path statFile) {
        try {
            return parsePidStat(Files.readString(statFile));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * utime + stime of a /proc/PID/stat text, "PID (comm) state ppid ...". The command name may hold spaces and
     * parentheses, so fields are counted after its last ')': state is field 3, utime 14, stime 15.
     */
    static long parsePidStat(String text) {
        String[] afterName = text.substring(text.lastIndexOf(')') + 1).trim().split("\\s+");
        return Long.parseLong(afterName[14 - 3]) + Long.parseLong(afterName[15 - 3]);
    }
}
