package dev.fsbench.harness.cluster;

import dev.fsbench.api.StdinBoundMain;
import dev.fsbench.api.WorkloadSpec;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.process.ShutdownRegistry;
import dev.fsbench.harness.telemetry.JvmTelemetry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the JVMs of a standalone cluster the way the engine JVM is started: the workload's heap, collector,
 * flight recording and GC log ({@link JvmTelemetry}), logs and the exact command line ({@code <label>.jvmargs})
 * under the cluster's directory, {@code java.io.tmpdir} in a directory of its own that is deleted once the JVM has
 * exited, and registered for cleanup on shutdown. Each role runs under {@link StdinBoundMain}, so it ends when the
 * harness closes its stdin, or dies.
 */
public final class ClusterJvms {

    private ClusterJvms() {}

    /**
     * One role JVM to start.
     *
     * @param role       jobmanager, taskmanager, master, worker
     * @param label      unique within the cluster (e.g. {@code taskmanager-2}); names its files
     * @param mainClass  the role's own entry point, run inside {@link StdinBoundMain}
     * @param args       the entry point's arguments
     * @param classpath  the engine module's classpath (the harness never loads these classes itself)
     * @param jvmOptions the role's own options, after the workload's: a role's -Xmx here wins over jvm.heap
     * @param workingDir the role's working directory
     */
    public record Spec(
            String role,
            String label,
            String mainClass,
            List<String> args,
            List<Path> classpath,
            List<String> jvmOptions,
            Map<String, String> environment,
            Path workingDir) {
        public Spec {
            args = List.copyOf(args);
            classpath = List.copyOf(classpath);
            jvmOptions = List.copyOf(jvmOptions);
            environment = Map.copyOf(environment);
        }
    }

    /** Starts {@code spec} with its files in {@code dir}. */
    public static ClusterJvm start(WorkloadSpec workload, Path dir, Spec spec) throws IOException {
        Path tempDir = Files.createDirectories(dir.resolve(spec.label() + "-tmp"));
        List<String> options = new ArrayList<>(JvmTelemetry.jvmOptions(workload, dir, spec.label()));
        options.add("-Djava.io.tmpdir=" + tempDir.toAbsolutePath());
        options.addAll(spec.jvmOptions());
        List<String> args = new ArrayList<>();
        args.add(spec.mainClass());
        args.addAll(spec.args());
        ForkedJvm jvm = ForkedJvm.start(
                new ForkedJvm.Spec(
                        spec.label(),
                        StdinBoundMain.class.getName(),
                        spec.classpath(),
                        options,
                        args,
                        spec.environment(),
                        dir),
                spec.workingDir());
        ClusterJvm role = new ClusterJvm(spec.role(), jvm, tempDir);
        // registered after its JVM, so the shutdown hook stops it first, temp dir included
        ShutdownRegistry.register(role);
        return role;
    }

    /** Starts JVMs into the list it is given, and waits until they are ready. */
    @FunctionalInterface
    public interface Group<T> {
        T start(List<ClusterJvm> starting) throws IOException, InterruptedException;
    }

    /**
     * Runs {@code group}, which adds every JVM it starts to the list it is given; if it fails (a role exited, the
     * cluster was not ready in time, an interrupt), stops every JVM it started before rethrowing, so none outlives
     * the failure until the cluster is closed: a restart that failed mid-workload would leave them running.
     */
    public static <T> T startTogether(Group<T> group) throws IOException, InterruptedException {
        List<ClusterJvm> starting = new ArrayList<>();
        try {
            return group.start(starting);
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            stopAll(List.copyOf(starting));
            throw e;
        }
    }

    /** Stops every JVM of {@code roles} at once: asks all, then waits for each. Never throws. */
    public static void stopAll(List<ClusterJvm> roles) {
        roles.forEach(ClusterJvm::requestStop);
        roles.forEach(ClusterJvm::close);
    }

    /** The telemetry label of a cluster process: its log file's name without the extension. */
    public static String label(EngineCluster.ClusterProcess process) {
        String name = process.logFile().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
