package dev.fsbench.harness.kafka;

/**
 * Stands in for a harness process in {@link EmbeddedBrokerOrphanIT}: starts the embedded broker, prints its pid
 * and work dir, then waits to be killed.
 */
public final class EmbeddedKafkaHolderMain {

    private EmbeddedKafkaHolderMain() {}

    public static void main(String[] args) throws Exception {
        EmbeddedKafkaBackend backend = (EmbeddedKafkaBackend) KafkaBackends.create("embedded", KafkaOptions.defaults());
        backend.start();
        System.out.println("broker-pid=" + backend.brokerPid() + " work-dir=" + backend.workDir());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
