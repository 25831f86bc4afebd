package dev.fsbench.harness.kafka;

import dev.fsbench.api.StdinBoundMain;
import dev.fsbench.harness.process.TempDirectory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * Main class of the embedded broker's JVM: formats the KRaft storage, starts the broker, and stops it when
 * stdin reaches end of file. The harness holds the other end of stdin, so the broker also stops when the
 * harness dies, however it dies: no orphan broker. SIGTERM stops it the same way.
 *
 * <p>Usage: {@code EmbeddedBrokerMain <server.properties> [<work dir>]}. The work dir, if given, is deleted
 * after the broker stops: the harness deletes it too, but a harness killed with SIGKILL cannot. Exit code 0
 * after a clean stop, 1 if it failed to start (the reason is on stderr).
 */
public final class EmbeddedBrokerMain {

    private EmbeddedBrokerMain() {}

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: EmbeddedBrokerMain <server.properties> [<work dir to delete on exit>]");
            System.exit(2);
        }
        Path workDir = args.length == 2 ? Path.of(args[1]) : null;
        long startNanos = System.nanoTime();
        KafkaRaftServer server;
        try {
            Path config = Path.of(args[0]);
            format(config);
            server = new KafkaRaftServer(KafkaConfig.fromProps(load(config), false), Time.SYSTEM);
        } catch (Throwable e) {
            System.err.println("embedded Kafka broker failed to start: " + e);
            e.printStackTrace();
            System.exit(1);
            return;
        }
        Runnable stop = new Runnable() {
            private boolean stopped;

            // Synchronized: a SIGTERM arriving while stdin EOF is being handled must wait for that stop to
            // finish (the JVM exits when the hooks return), not cut the shutdown or the file deletion short.
            @Override
            public synchronized void run() {
                if (!stopped) {
                    stopped = true;
                    server.shutdown();
                    server.awaitShutdown();
                    System.out.println("embedded Kafka broker stopped");
                    if (workDir != null) {
                        TempDirectory.deleteRecursively(workDir);
                    }
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "broker-shutdown"));
        try {
            server.startup();
        } catch (Throwable e) {
            System.err.println("embedded Kafka broker failed to start: " + e);
            e.printStackTrace();
            // halt: the shutdown hook would try to stop a server that never started
            Runtime.getRuntime().halt(1);
        }
        System.out.printf(
                "embedded Kafka broker started in %d ms (in this JVM)%n", (System.nanoTime() - startNanos) / 1_000_000);
        StdinBoundMain.awaitEndOf(System.in);
        stop.run();
        // Kafka leaves non-daemon threads behind after shutdown; exiting explicitly ends the JVM.
        System.exit(0);
    }

    /** KRaft refuses to start on unformatted storage; the data dir is new for every run. */
    private static void format(Path config) {
        String clusterId = Uuid.randomUuid().toString();
        int exitCode = StorageTool.execute(
                new String[] {"format", "--cluster-id", clusterId, "--config", config.toString(), "--ignore-formatted"},
                System.out);
        if (exitCode != 0) {
            throw new IllegalStateException("kafka-storage format exited with " + exitCode);
        }
    }

    private static Properties load(Path config) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
