package dev.fsbench.harness.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The executor JVMs a standalone Worker launched: children of the worker's process running Spark's
 * {@code CoarseGrainedExecutorBackend}. Each one's stderr (its log) is in the worker's work directory,
 * {@code <work-dir>/<app id>/<executor id>/stderr}; a link {@code executor-<id>.err} to it in the cluster's
 * directory names it after its telemetry files ({@code executor-<id>.jfr}), as every other role's log is named.
 */
final class SparkExecutors {

    static final String ROLE = "executor";

    private SparkExecutors() {}

    /**
     * One executor JVM found.
     *
     * @param handle  its process (a handle knows the process's start time: it never reaches a reused pid)
     * @param process as {@link EngineCluster#processes()} lists it
     */
    record Launched(ProcessHandle handle, EngineCluster.ClusterProcess process) {}

    /** The executors {@code worker} runs now, their log links created in {@code clusterDir}. */
    static List<Launched> of(ProcessHandle worker, Path workerWorkDir, Path clusterDir) {
        List<Launched> executors = new ArrayList<>();
        for (ProcessHandle child :
                worker.children().filter(ProcessHandle::isAlive).toList()) {
            parse(child.info().arguments().orElse(new String[0]))
                    .ifPresent(executor -> executors.add(new Launched(
                            child,
                            new EngineCluster.ClusterProcess(
                                    ROLE, child.pid(), logLink(clusterDir, executor, workerWorkDir)))));
        }
        return executors;
    }

    /**
     * An executor's id and application from its command line.
     *
     * @param id    the executor id, unique within its application
     * @param appId its application
     */
    record Executor(String id, String appId) {
        String label() {
            return ROLE + "-" + id;
        }
    }

    static Optional<Executor> parse(String[] arguments) {
        List<String> args = List.of(arguments);
        if (!args.contains(SparkRoleArgs.EXECUTOR_CLASS)) {
            return Optional.empty();
        }
        Optional<String> id = value(args, "--executor-id");
        Optional<String> appId = value(args, "--app-id");
        return id.isPresent() && appId.isPresent()
                ? Optional.of(new Executor(id.get(), appId.get()))
                : Optional.empty();
    }

    private static Optional<String> value(List<String> args, String flag) {
        int at = args.indexOf(flag);
        return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
    }

    /** {@code executor-<id>.err} in the cluster's directory, a link to the log in the worker's work dir. */
    private static Path logLink(Path clusterDir, Executor executor, Path workerWorkDir) {
        Path log =
                workerWorkDir.resolve(executor.appId()).resolve(executor.id()).resolve("stderr");
        Path link = clusterDir.resolve(executor.label() + ".err");
        try {
            if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, log.toAbsolutePath());
            }
            return link;
        } catch (IOException e) {
            // the link is a convenience; the log itself is what matters, though its name carries no label then
            return log;
        }
    }
}
