package dev.fsbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * bench history-server on the flink-bench classpath: serves a run's Flink job archive on 127.0.0.1 only, and
 * stops its JVM when the command ends.
 */
class FlinkHistoryServerIT {

    private static final String JOB_ID = "0123456789abcdef0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void servesTheRunsJobArchivesOnLoopbackAndStopsCleanly(@TempDir Path runs) throws Exception {
        writeArchive(runs.resolve("20260101-000000-abc/flink-cli/engine/flink-archive"));
        int port = freePort();
        List<ProcessHandle> before = ProcessHandle.current().descendants().toList();
        Thread command = new Thread(
                () -> cli().execute("history-server", "--runs", runs.toString(), "--port", String.valueOf(port)),
                "history-server");
        command.start();
        try {
            String overview = awaitJobListed("http://127.0.0.1:" + port + "/jobs/overview");
            assertThat(overview).contains(JOB_ID).contains("fsbench test job");
            nonLoopbackAddress()
                    .ifPresent(address -> assertThat(accepts(address, port))
                            .as("history server must not listen on " + address)
                            .isFalse());
        } finally {
            command.interrupt();
            command.join(30_000);
        }
        assertThat(command.isAlive()).isFalse();
        assertThat(accepts(InetAddress.getLoopbackAddress(), port))
                .as("port closed after stop")
                .isFalse();
        List<ProcessHandle> leftOver = ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> !before.contains(p))
                .toList();
        assertThat(leftOver).as("child processes left running").isEmpty();
    }

    @Test
    void saysWhatIsMissingWhenThereAreNoArchives(@TempDir Path runs) {
        StringWriter err = new StringWriter();
        int exit = cli().setErr(new PrintWriter(err)).execute("history-server", "--runs", runs.toString());

        assertThat(exit).isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(err.toString()).contains("no Flink job archives").contains(runs.toString());
    }

    /** bench's own command line, with history-server added if BenchCli does not register it (yet). */
    private static CommandLine cli() {
        CommandLine cli = BenchCli.commandLine();
        if (!cli.getSubcommands().containsKey("history-server")) {
            cli.addSubcommand(new HistoryServerCommand());
        }
        return cli;
    }

    /** The two entries of a JobManager archive the HistoryServer needs to list a job. */
    private static void writeArchive(Path archiveDir) throws IOException {
        Files.createDirectories(archiveDir);
        Map<String, Object> job = Map.of(
                "jid",
                JOB_ID,
                "name",
                "fsbench test job",
                "state",
                "FINISHED",
                "start-time",
                1_000L,
                "end-time",
                2_000L,
                "duration",
                1_000L,
                "last-modification",
                2_000L,
                "tasks",
                taskCounts());
        String overview = JSON.writeValueAsString(Map.of("jobs", List.of(job)));
        String details = JSON.writeValueAsString(
                Map.of("jid", JOB_ID, "name", "fsbench test job", "state", "FINISHED", "vertices", List.of()));
        Files.writeString(
                archiveDir.resolve(JOB_ID),
                JSON.writeValueAsString(Map.of(
                        "archive",
                        List.of(
                                Map.of("path", "/jobs/overview", "json", overview),
                                Map.of("path", "/jobs/" + JOB_ID, "json", details)))));
    }

    private static Map<String, Integer> taskCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String state : List.of(
                "running",
                "canceling",
                "canceled",
                "created",
                "scheduled",
                "deploying",
                "reconciling",
                "initializing",
                "failed")) {
            counts.put(state, 0);
        }
        counts.put("finished", 1);
        counts.put("total", 1);
        return counts;
    }

    private static String awaitJobListed(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 90_000;
        String last = "no answer";
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200 && response.body().contains(JOB_ID)) {
                    return response.body();
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("job never listed at " + url + ": " + last);
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
