package dev.fsbench.reports.gate;

import dev.fsbench.results.KafkaInfo;
import dev.fsbench.results.RunResult;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What must match for two runs to be compared: the environment's fingerprint (cores, memory, OS, JVM) and the
 * Kafka setup the run measured against (backend, broker version, the brokers' hosts), never its ports or paths
 * (a fresh embedded broker listens on a new port every run). Derived from the result's {@code kafka} section, so
 * results already on disk (schema 1-2) are grouped the same way.
 */
public final class SetupFingerprint {
    private SetupFingerprint() {}

    public static String of(RunResult result) {
        String environment =
                result.environment() == null ? null : result.environment().fingerprint();
        return (environment == null ? "unknown" : environment) + " kafka " + kafka(result.kafka());
    }

    static String kafka(KafkaInfo kafka) {
        if (kafka == null) {
            return "unknown";
        }
        String hosts = kafka.bootstrapServers() == null
                ? "-"
                : Arrays.stream(kafka.bootstrapServers().split(","))
                        .map(String::strip)
                        .map(SetupFingerprint::withoutPort)
                        .map(h -> h.toLowerCase(Locale.ROOT))
                        .distinct()
                        .sorted()
                        .collect(Collectors.joining(","));
        return kafka.backend() + "/" + kafka.version() + "@" + hosts;
    }

    private static String withoutPort(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        // "[::1]:9092" and "host:9092" lose the port; a bare IPv6 literal without brackets is kept whole
        return colon > 0 && hostPort.indexOf(':') == colon || hostPort.startsWith("[") && colon > hostPort.indexOf(']')
                ? hostPort.substring(0, colon)
                : hostPort;
    }
}
