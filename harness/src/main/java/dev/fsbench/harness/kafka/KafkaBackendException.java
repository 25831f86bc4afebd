package dev.fsbench.harness.kafka;

/** Kafka could not be started or reached; the message says which broker and why, for the user to act on. */
public class KafkaBackendException extends Exception {
    public KafkaBackendException(String message) {
        super(message);
    }

    public KafkaBackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
