package dev.fsbench.kstreams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.ThreadMetadata;

/**
 * What the running job shows of its settings, so the result records what Kafka Streams applied, not what was
 * asked: the StreamsConfig as Kafka Streams parsed it, the stream threads and their tasks, the RocksDB instances
 * on disk, and the transactional producers the broker knows for this application (exactly-once only).
 */
final class ObservedSettings {

    /** StreamsConfig keys the knobs set or that shape this job, reported as Kafka Streams parsed them. */
    static final List<String> KEYS = List.of(
            StreamsConfig.APPLICATION_ID_CONFIG,
            StreamsConfig.NUM_STREAM_THREADS_CONFIG,
            StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
            StreamsConfig.COMMIT_INTERVAL_MS_CONFIG,
            StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG,
            StreamsConfig.STATE_DIR_CONFIG,
            StreamsConfig.REPLICATION_FACTOR_CONFIG);

    private static final long ADMIN_TIMEOUT_MS = 10_000;

    private ObservedSettings() {}

    /** The StreamsConfig the client was built with: the keys above plus every pass-through key, parsed. */
    static Map<String, Object> streamsConfig(StreamsConfig config, Map<String, String> engineSettings) {
        Map<String, ?> parsed = config.values();
        Map<String, Object> shown = new TreeMap<>();
        KEYS.forEach(key -> shown.put(key, String.valueOf(parsed.get(key))));
        // a client key (producer.linger.ms) is not StreamsConfig's own: it is shown as given
        engineSettings.forEach(
                (key, value) -> shown.put(key, String.valueOf(parsed.containsKey(key) ? parsed.get(key) : value)));
        return shown;
    }

    /** The stream threads as the running client lists them: name, state and active tasks. */
    static List<Map<String, Object>> threads(KafkaStreams streams) {
        return streams.metadataForLocalThreads().stream()
                .sorted((a, b) -> a.threadName().compareTo(b.threadName()))
                .map(ObservedSettings::thread)
                .toList();
    }

    private static Map<String, Object> thread(ThreadMetadata thread) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", thread.threadName());
        described.put("state", thread.threadState());
        described.put(
                "activeTasks",
                thread.activeTasks().stream()
                        .map(task -> task.taskId().toString())
                        .sorted()
                        .toList());
        return described;
    }

    /** RocksDB instances under the state dir (each has a CURRENT file): 0 with in-memory stores. */
    static long rocksDbInstances(Path stateDir) {
        if (!Files.isDirectory(stateDir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(stateDir)) {
            return files.filter(file -> file.getFileName().toString().equals("CURRENT"))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + stateDir, e);
        }
    }

    /**
     * The transactional ids the broker's coordinators know for this application: exactly_once_v2 gives each
     * stream thread one ({@code <application.id>-<process id>-<thread index>}), at-least-once none.
     */
    static List<String> transactionalIds(Properties adminProperties, String applicationId) throws Exception {
        try (Admin client = Admin.create(adminProperties)) {
            return client.listTransactions().all().get(ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS).stream()
                    .map(TransactionListing::transactionalId)
                    .filter(id -> id.startsWith(applicationId + "-"))
                    .sorted()
                    .toList();
        }
    }
}
