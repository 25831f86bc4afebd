package dev.fsbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sasl.jaas.config",
                "ssl.key.password",
                "ssl.keystore.password",
                "ssl.truststore.password",
                "ssl.keystore.key",
                "ssl.keystore.certificate.chain",
                "ssl.truststore.certificates",
                "sasl.oauthbearer.client.credentials.client.secret",
                "sasl.oauthbearer.assertion.private.key.passphrase",
                "basic.auth.user.info",
                "schema.registry.basic.auth.user.info",
                "listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config",
                "spark.ssl.keyStorePassword",
                "spark.authenticate.secret",
                "flink.security.ssl.rest.keystore-password",
                "flink.s3.secret-key",
                "flink.s3.access-key",
                "fs.s3a.access.key",
                "delegation.token",
                "SSL.KEY.PASSWORD"
            })
    void credentialsAreRecognised(String key) {
        assertThat(Credentials.isCredential(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "security.protocol",
                "sasl.mechanism",
                "ssl.keystore.location",
                "ssl.truststore.type",
                "ssl.endpoint.identification.algorithm",
                "client.id",
                "key.serializer",
                "spark.serializer",
                "flink.objectReuse",
                "jvm.heap"
            })
    void ordinarySettingsAreNot(String key) {
        assertThat(Credentials.isCredential(key)).isFalse();
    }

    @Test
    void redactionReplacesOnlyCredentialValuesAndKeepsTheOrder() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("security.protocol", "SASL_SSL");
        properties.put("sasl.jaas.config", "PlainLoginModule required username=\"u\" password=\"hunter2\";");
        properties.put("sasl.mechanism", "PLAIN");

        assertThat(Credentials.redact(properties))
                .containsExactly(
                        Map.entry("security.protocol", "SASL_SSL"),
                        Map.entry("sasl.jaas.config", Credentials.REDACTED),
                        Map.entry("sasl.mechanism", "PLAIN"));
        assertThat(Credentials.only(properties)).containsOnlyKeys("sasl.jaas.config");
    }
}
