package dev.fsbench.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How a job's credentials ({@link Credentials}) reach the engine JVM without landing in a kept file:
 * {@code job.json} carries {@link Credentials#REDACTED} in their place, and the harness puts the real values in
 * the engine JVM's environment ({@value #ENVIRONMENT_VARIABLE}, a JSON object {@code {"kafka": {..}, "engine":
 * {..}}}), which no file of the run records. {@link EngineSession} puts them back before the engine sees the job,
 * so engines never know.
 */
public final class JobSecrets {

    /** The engine JVM's environment variable that carries the job's credentials. */
    public static final String ENVIRONMENT_VARIABLE = "FSBENCH_JOB_SECRETS";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Map<String, String>>> SHAPE = new TypeReference<>() {};
    private static final String KAFKA = "kafka";
    private static final String ENGINE = "engine";

    private JobSecrets() {}

    /** {@code job} as a kept file may show it: every credential's value {@link Credentials#REDACTED}. */
    public static JobSpec redacted(JobSpec job) {
        return new JobSpec(
                job.runId(),
                job.engine(),
                job.workload()
                        .withEngineProperties(Credentials.redact(job.workload().engineProperties())),
                job.bootstrapServers(),
                Credentials.redact(job.kafkaClientProperties()),
                job.inputTopic(),
                job.outputTopic(),
                job.workDir());
    }

    /** The environment to launch {@code job}'s engine JVM with: empty when the job has no credentials. */
    public static Map<String, String> environment(JobSpec job) {
        Map<String, String> kafka = Credentials.only(job.kafkaClientProperties());
        Map<String, String> engine = Credentials.only(job.workload().engineProperties());
        if (kafka.isEmpty() && engine.isEmpty()) {
            return Map.of();
        }
        try {
            return Map.of(ENVIRONMENT_VARIABLE, JSON.writeValueAsString(Map.of(KAFKA, kafka, ENGINE, engine)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the job's credentials", e);
        }
    }

    /**
     * {@code kept} (as read from {@code job.json}) with every redacted credential put back from
     * {@code environment}.
     *
     * @throws IllegalArgumentException naming (never showing) a credential the environment does not carry
     */
    public static JobSpec restore(JobSpec kept, Function<String, String> environment) {
        Map<String, Map<String, String>> secrets = read(environment.apply(ENVIRONMENT_VARIABLE));
        return new JobSpec(
                kept.runId(),
                kept.engine(),
                kept.workload()
                        .withEngineProperties(
                                restore(kept.workload().engineProperties(), secrets.getOrDefault(ENGINE, Map.of()))),
                kept.bootstrapServers(),
                restore(kept.kafkaClientProperties(), secrets.getOrDefault(KAFKA, Map.of())),
                kept.inputTopic(),
                kept.outputTopic(),
                kept.workDir());
    }

    private static Map<String, String> restore(Map<String, String> kept, Map<String, String> secrets) {
        Map<String, String> restored = new LinkedHashMap<>();
        kept.forEach((key, value) -> {
            if (Credentials.isCredential(key) && Credentials.REDACTED.equals(value)) {
                String secret = secrets.get(key);
                if (secret == null) {
                    throw new IllegalArgumentException("the job's credential " + key + " is redacted in "
                            + EngineSession.JOB_FILE + " and missing from " + ENVIRONMENT_VARIABLE);
                }
                restored.put(key, secret);
            } else {
                restored.put(key, value);
            }
        });
        return restored;
    }

    private static Map<String, Map<String, String>> read(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(encoded, SHAPE);
        } catch (JsonProcessingException e) {
            // the message could quote the value: say only where the problem is
            throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " is not a JSON object of credentials");
        }
    }
}
