package dev.fsbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The race of a picked port taken before it is bound, made to happen: another socket holds the picked port. */
class LoopbackPortsTest {

    @Test
    void aPortTakenBetweenPickingAndBindingIsRetriedOnAFreshOne() throws Exception {
        try (ServerSocket thief = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Integer> tried = new ArrayList<>();
            int taken = thief.getLocalPort();
            boolean[] first = {true};
            LoopbackPorts.PortPicker racing = () -> {
                if (first[0]) {
                    first[0] = false;
                    return taken; // picked while free, taken by the thief since
                }
                return LoopbackPorts.pick();
            };

            try (ServerSocket bound = LoopbackPorts.withFreePort(3, racing, port -> {
                tried.add(port);
                return bindLoopback(port);
            })) {
                assertThat(tried).hasSize(2).first().isEqualTo(taken);
                assertThat(bound.getLocalPort()).isEqualTo(tried.get(1)).isNotEqualTo(taken);
                assertThat(bound.isBound()).isTrue();
            }
        }
    }

    @Test
    void aRaceLostOnEveryAttemptFailsWithTheBindError() throws Exception {
        try (ServerSocket thief = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Integer> tried = new ArrayList<>();
            assertThatThrownBy(() -> LoopbackPorts.withFreePort(3, thief::getLocalPort, port -> {
                        tried.add(port);
                        return bindLoopback(port);
                    }))
                    .isInstanceOf(BindException.class);
            assertThat(tried).hasSize(3);
        }
    }

    @Test
    void otherFailuresAreNotRetried() {
        List<Integer> tried = new ArrayList<>();
        assertThatThrownBy(() -> LoopbackPorts.withFreePort(3, LoopbackPorts::pick, port -> {
                    tried.add(port);
                    throw new IllegalStateException("not a port problem");
                }))
                .hasMessage("not a port problem");
        assertThat(tried).hasSize(1);
    }

    @Test
    void aBindExceptionWrappedByALibraryIsRecognised() {
        Exception wrapped = new RuntimeException(
                "could not start the REST endpoint", new IOException("bind", new BindException("taken")));
        assertThat(LoopbackPorts.isPortTaken(wrapped)).isTrue();
        assertThat(LoopbackPorts.isPortTaken(new IOException("Failed to bind: Address already in use")))
                .isTrue();
        assertThat(LoopbackPorts.isPortTaken(new IOException("connection refused")))
                .isFalse();
    }

    private static ServerSocket bindLoopback(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
