package dev.fsbench.kstreams;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/**
 * Removes what the application left on the broker once it has closed: its internal topics (the store's and the
 * suppression's changelogs, {@code <application.id>-...-changelog}, and any {@code -repartition} topic) and its
 * consumer group, as Kafka's application reset tool would. The harness deletes the topics it created on an external
 * cluster; these are the engine's own. Never throws: what it could not remove is returned, for the summary.
 */
final class ApplicationCleanup {

    private static final long TIMEOUT_MS = 15_000;

    private ApplicationCleanup() {}

    /** @return one line per thing it could not remove (empty when all went) */
    static List<String> run(Properties adminProperties, String applicationId) {
        List<String> problems = new ArrayList<>();
        try (Admin admin = Admin.create(adminProperties)) {
            List<String> internal = admin.listTopics().names().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).stream()
                    .filter(topic -> isInternal(topic, applicationId))
                    .sorted()
                    .toList();
            try {
                admin.deleteTopics(internal).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                problems.add("internal topics " + internal + " not deleted: " + e);
            }
            try {
                admin.deleteConsumerGroups(List.of(applicationId)).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                problems.add("consumer group " + applicationId + " not deleted: " + e);
            }
        } catch (Exception e) {
            problems.add("cannot list the application's internal topics: " + e);
        }
        return problems;
    }

    static boolean isInternal(String topic, String applicationId) {
        return topic.startsWith(applicationId + "-")
                && (topic.endsWith("-changelog") || topic.endsWith("-repartition"));
    }
}
