package dev.fsbench.harness.secrets;

import dev.fsbench.api.EngineContext;
import dev.fsbench.api.EngineJob;
import dev.fsbench.api.EngineMain;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A test engine that says, when ready, a digest of the credential it was handed: the test compares it with the
 * digest of the real value without any file holding the value itself.
 */
public final class CredentialReportingEngine implements EngineJob {

    static final String CREDENTIAL = "ssl.key.password";
    static final String DIGEST = "credentialSha256";

    private final String received;

    private CredentialReportingEngine(EngineContext context) {
        this.received = context.job().kafkaClientProperties().get(CREDENTIAL);
    }

    public static void main(String[] args) {
        EngineMain.run(args, CredentialReportingEngine::new);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, Object> start() {
        return Map.of(DIGEST, received == null ? "none" : sha256(received));
    }

    @Override
    public Map<String, Object> stop() {
        return Map.of();
    }
}
