package dev.fsbench.harness.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The broker watch on a cluster address nobody listens on (a port just freed): the probe finds no answer and
 * declares Kafka lost, naming the backend and its bootstrap address, but never before its grace has passed; an
 * exit signal is a loss at once; a closed watch declares nothing.
 */
class BrokerWatchTest {

    private static final BrokerWatch.Timing FAST =
            new BrokerWatch.Timing(Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMillis(800));

    @Test
    void aClusterThatDoesNotAnswerIsLostAfterTheGraceNamingItsAddress() throws Exception {
        String address = "127.0.0.1:" + freedPort();
        KafkaBackend external = KafkaBackends.create("external", KafkaOptions.external(address, Map.of()));
        CountDownLatch told = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        long start = System.nanoTime();
        try (BrokerWatch watch = BrokerWatch.start(external, FAST)) {
            watch.onLoss(() -> {
                calls.incrementAndGet();
                told.countDown();
            });
            assertThat(told.await(30, TimeUnit.SECONDS)).as("loss reported").isTrue();
            Duration detected = Duration.ofNanos(System.nanoTime() - start);
            System.out.println("closed port reported lost after " + detected.toMillis() + " ms");

            assertThat(detected).isGreaterThanOrEqualTo(FAST.lostAfter());
            assertThat(watch.loss())
                    .get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("Kafka unavailable: external at " + address + ": no answer to describeCluster for ");
            // a listener added after the loss runs at once; the first one ran exactly once
            AtomicInteger late = new AtomicInteger();
            watch.onLoss(late::incrementAndGet);
            assertThat(late).hasValue(1);
            assertThat(calls).hasValue(1);
        }
    }

    @Test
    void theBrokerExitingIsALossAtOnce() throws Exception {
        KafkaBackend external = KafkaBackends.create("external", KafkaOptions.external("127.0.0.1:9", Map.of()));
        BrokerWatch.Timing slowProbes =
                new BrokerWatch.Timing(Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofMinutes(10));
        CompletableFuture<Void> exited = new CompletableFuture<>();
        try (BrokerWatch watch = BrokerWatch.start(external, slowProbes, exited, () -> "the broker JVM exited")) {
            CountDownLatch told = new CountDownLatch(1);
            watch.onLoss(told::countDown);
            assertThat(watch.loss()).isEmpty();

            exited.complete(null);

            assertThat(told.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(watch.loss()).contains("Kafka unavailable: external at 127.0.0.1:9: the broker JVM exited");
        }
    }

    @Test
    void aClosedWatchDeclaresNoLoss() throws Exception {
        KafkaBackend external =
                KafkaBackends.create("external", KafkaOptions.external("127.0.0.1:" + freedPort(), Map.of()));
        CompletableFuture<Void> exited = new CompletableFuture<>();
        BrokerWatch watch = BrokerWatch.start(external, FAST, exited, () -> "stopped on purpose");
        watch.close(); // as a backend does before stopping its broker

        exited.complete(null);
        Thread.sleep(FAST.lostAfter().toMillis() * 2); // would be long enough for the probes to declare a loss

        assertThat(watch.loss()).isEqualTo(Optional.empty());
    }

    /** A port that was free a moment ago and has nobody listening on it now. */
    private static int freedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
