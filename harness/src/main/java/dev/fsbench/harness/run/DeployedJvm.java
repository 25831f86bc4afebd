package dev.fsbench.harness.run;

import java.nio.file.Path;

/**
 * One JVM of a workload's deployment, as {@link WorkloadArtifacts} measures it: its flight recording is
 * {@code <dir>/<name>.jfr}.
 *
 * @param role engine (local mode), client or driver (the engine JVM on a cluster), jobmanager, taskmanager, ...
 * @param name       its telemetry label, unique within the workload
 * @param killedAtMs when a fault SIGKILLed it (epoch ms): its recording is the chunks JFR had flushed; null if not
 */
record DeployedJvm(String role, String name, long pid, Path dir, Long killedAtMs) {

    DeployedJvm(String role, String name, long pid, Path dir) {
        this(role, name, pid, dir, null);
    }
}
