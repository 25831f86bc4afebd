package dev.fsbench.harness.cli;

import dev.fsbench.api.LoopbackPorts;
import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.engine.FlinkEngineDriver;
import dev.fsbench.harness.process.ForkedJvm;
import dev.fsbench.harness.process.TempDirectory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * bench history-server: browse finished runs in the engines' own history UIs. Today Flink's HistoryServer
 * over every {@code flink-archive} directory the Flink engine wrote under {@code --runs}; a Spark history
 * server over Spark's event logs belongs beside it as a second {@link HistoryUi}.
 */
@Command(
        name = "history-server",
        header = "Serves the Flink and Spark history UIs of past runs.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Starts Flink's HistoryServer over the Flink job archives and Spark's History Server over the "
                + "Spark event logs of finished runs (each on 127.0.0.1, each only if --runs holds its kind of "
                + "logs), prints their addresses and runs until Ctrl-C.",
        footer = {"", "Example:", "  bench history-server --runs reports/runs --port 8082"})
public final class HistoryServerCommand implements Callable<Integer> {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    @Option(
            names = "--runs",
            paramLabel = "DIR",
            defaultValue = "reports/runs",
            description = "Directory searched (recursively) for run directories (default: ${DEFAULT-VALUE}).")
    Path runs;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8082",
            description = "Port of Flink's HistoryServer on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--spark-port",
            paramLabel = "PORT",
            defaultValue = "18080",
            description =
                    "Port of Spark's History Server on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int sparkPort;

    /** One engine's history web UI, launched in its own JVM from that engine's module classpath. */
    interface HistoryUi {
        String title();

        /** The logs/archives it serves, found under {@code runs}; empty means there is nothing to show. */
        List<Path> find(Path runs) throws IOException;

        ForkedJvm.Spec spec(BenchHome home, List<Path> found, int port, Path workDir);

        /** A path answering 200 once the UI serves. */
        String readinessPath();
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(runs)) {
            throw new IllegalArgumentException("--runs " + runs + " is not a directory");
        }
        Map<HistoryUi, Integer> requestedPorts = new LinkedHashMap<>();
        requestedPorts.put(new FlinkHistoryUi(), requirePortRange("--port", port));
        requestedPorts.put(new SparkHistoryUi(), requirePortRange("--spark-port", sparkPort));
        Map<HistoryUi, List<Path>> toServe = new LinkedHashMap<>();
        for (HistoryUi ui : requestedPorts.keySet()) {
            List<Path> found = ui.find(runs);
            if (!found.isEmpty()) {
                toServe.put(ui, found);
            }
        }
        if (toServe.isEmpty()) {
            throw new IllegalArgumentException("no Flink job archives (flink-archive) nor Spark event logs"
                    + " (spark-events) under " + runs + ": runs with --engines flink or spark-* write them");
        }
        try (TempDirectory workDir = TempDirectory.create("fsbench-history-server-")) {
            List<ForkedJvm> started = new ArrayList<>();
            try {
                for (Map.Entry<HistoryUi, List<Path>> entry : toServe.entrySet()) {
                    HistoryUi ui = entry.getKey();
                    int requested = requestedPorts.get(ui);
                    Path uiDir = workDir.path().resolve(ui.title().replaceAll("\\W+", "-"));
                    // a picked port another process takes before the server binds it is retried on another one
                    int boundPort = requested == 0
                            ? LoopbackPorts.withFreePort(
                                    port -> startServing(ui, entry.getValue(), port, uiDir, started))
                            : startServing(ui, entry.getValue(), requireFree(requested), uiDir, started);
                    String url = "http://127.0.0.1:" + boundPort;
                    System.out.printf(
                            "%s: %s (%d log directories under %s)%n",
                            ui.title(), url, entry.getValue().size(), runs);
                }
                System.out.println("Ctrl-C stops them.");
                while (started.stream().allMatch(ForkedJvm::isAlive)) {
                    Thread.sleep(1000); // serve until Ctrl-C: the shutdown hook stops the JVMs and deletes the work dir
                }
                ForkedJvm gone = started.stream()
                        .filter(jvm -> !jvm.isAlive())
                        .findFirst()
                        .orElseThrow();
                System.err.println(gone.label() + " exited unexpectedly:\n" + gone.outputTail(20));
                return BenchCli.EXIT_FAILED;
            } finally {
                started.forEach(ForkedJvm::close);
            }
        }
    }

    private static int requirePortRange(String option, int value) {
        if (value < 0 || value > 65535) {
            throw new IllegalArgumentException(option + " must be in 0..65535, got " + value);
        }
        return value;
    }

    /** Flink's HistoryServer, run by flink-bench's HistoryServerMain (which stops on stdin EOF like an engine). */
    static final class FlinkHistoryUi implements HistoryUi {

        static final String ARCHIVE_DIR_NAME = "flink-archive";
        static final String MAIN_CLASS = "dev.fsbench.flink.HistoryServerMain";

        @Override
        public String title() {
            return "Flink HistoryServer";
        }

        @Override
        public List<Path> find(Path runs) throws IOException {
            try (Stream<Path> paths = Files.walk(runs)) {
                return paths.filter(p -> p.getFileName().toString().equals(ARCHIVE_DIR_NAME) && Files.isDirectory(p))
                        .map(p -> p.toAbsolutePath().normalize())
                        .sorted()
                        .toList();
            }
        }

        @Override
        public ForkedJvm.Spec spec(BenchHome home, List<Path> found, int port, Path workDir) {
            List<String> args = new ArrayList<>(
                    List.of(String.valueOf(port), workDir.resolve("web").toString()));
            found.forEach(dir -> args.add(dir.toString()));
            return new ForkedJvm.Spec(
                    "flink-history-server",
                    MAIN_CLASS,
                    home.moduleClasspath(FlinkEngineDriver.MODULE),
                    List.of("-Xmx512m"),
                    args,
                    Map.of(),
                    workDir.resolve("logs"));
        }

        @Override
        public String readinessPath() {
            return "/config";
        }
    }

    /** Starts {@code ui} on {@code port} and waits until it serves; a server that fails to start is stopped. */
    private static int startServing(HistoryUi ui, List<Path> found, int port, Path uiDir, List<ForkedJvm> started)
            throws IOException, InterruptedException {
        ForkedJvm jvm = ForkedJvm.start(ui.spec(BenchHome.locate(), found, port, uiDir));
        try {
            awaitServing(jvm, "http://127.0.0.1:" + port + ui.readinessPath());
        } catch (RuntimeException | InterruptedException e) {
            jvm.close();
            throw e;
        }
        started.add(jvm);
        return port;
    }

    private static void awaitServing(ForkedJvm jvm, String url) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!jvm.isAlive()) {
                throw new IllegalStateException("the history server exited during start-up:\n" + jvm.outputTail(20));
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(2))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the history server did not answer " + url + " within "
                + START_TIMEOUT.toSeconds() + " s; its log: " + jvm.stderrFile());
    }

    private static int requireFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return port;
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "port " + port + " on 127.0.0.1 is in use: pass --port 0 for a free port");
        }
    }
}
