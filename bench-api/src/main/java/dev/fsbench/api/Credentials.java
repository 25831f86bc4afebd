package dev.fsbench.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that decides whether a setting carries a credential, for Kafka client properties
 * ({@code --kafka-property}) and engine pass-through settings alike. Every file and report the harness keeps
 * shows such a value as {@link #REDACTED}; the engine gets the real value through {@link JobSecrets}.
 *
 * <p>A key is a credential if it is one of Kafka's {@code ConfigDef.Type.PASSWORD} client settings (kafka-clients
 * 4.2: {@link #KAFKA_PASSWORD_KEYS}; a harness test checks the list against the ConfigDefs on its classpath), or
 * if its name says so: it contains password, passphrase, secret, token, jaas, an access key or user info
 * ({@code basic.auth.user.info}), case-insensitively. Over-redacting (a token endpoint's URL) costs a reader
 * one value; under-redacting leaks a password, so the pattern errs wide.
 */
public final class Credentials {

    /** What a kept file shows instead of a credential's value. */
    public static final String REDACTED = "<redacted>";

    /** Kafka client settings of type PASSWORD (consumer, producer and admin ConfigDefs of kafka-clients 4.2). */
    public static final Set<String> KAFKA_PASSWORD_KEYS = Set.of(
            "sasl.jaas.config",
            "sasl.oauthbearer.assertion.private.key.passphrase",
            "sasl.oauthbearer.client.credentials.client.secret",
            "ssl.key.password",
            "ssl.keystore.certificate.chain",
            "ssl.keystore.key",
            "ssl.keystore.password",
            "ssl.truststore.certificates",
            "ssl.truststore.password");

    private static final Pattern CREDENTIAL_NAME =
            Pattern.compile("password|passphrase|secret|token|jaas|access[._-]?key|user[._-]?info");

    private Credentials() {}

    /** Whether the value of {@code key} is a credential that no kept file may show. */
    public static boolean isCredential(String key) {
        String name = key.strip().toLowerCase(Locale.ROOT);
        return KAFKA_PASSWORD_KEYS.contains(name)
                || CREDENTIAL_NAME.matcher(name).find();
    }

    /** {@code properties} with every credential's value replaced by {@link #REDACTED}, in the same order. */
    public static Map<String, String> redact(Map<String, String> properties) {
        Map<String, String> redacted = new LinkedHashMap<>();
        properties.forEach((key, value) -> redacted.put(key, isCredential(key) ? REDACTED : value));
        return redacted;
    }

    /** Only the credentials of {@code properties}, with their real values. */
    public static Map<String, String> only(Map<String, String> properties) {
        Map<String, String> credentials = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (isCredential(key)) {
                credentials.put(key, value);
            }
        });
        return credentials;
    }
}
