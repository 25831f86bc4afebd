package dev.fsbench.results;

/**
 * One JVM of a workload's engine deployment, measured on its own: the engine JVM in local mode; each JobManager,
 * TaskManager, Master, Worker, driver and executor of a standalone cluster. The workload's {@code gc} and {@code cpu}
 * sections stay those of the engine's main JVM; the cost figures sum these.
 *
 * @param role    engine (local mode), jobmanager, taskmanager, master, worker, driver or executor
 * @param name    a label unique within the workload, e.g. {@code taskmanager-2}
 * @param pid     its process id on the harness's host
 * @param gc      its GC over the measured phase, from its JFR recording; null without one
 * @param cpu     its CPU over the measured phase; null without samples
 * @param jfrFile    its recording, relative to the run directory; null without one. For a killed JVM the directory
 *                   of the chunks JFR had flushed before the kill (it dumped no recording)
 * @param killedAtMs when a fault (kill-worker, ...) SIGKILLed it, epoch ms; null (absent) for a JVM not killed.
 *                   Its gc and cpu then cover its life up to JFR's last flush before the kill, null if none was left
 */
public record ProcessFigures(
        String role, String name, long pid, GcFigures gc, CpuFigures cpu, String jfrFile, Long killedAtMs) {

    public ProcessFigures(String role, String name, long pid, GcFigures gc, CpuFigures cpu, String jfrFile) {
        this(role, name, pid, gc, cpu, jfrFile, null);
    }
}
