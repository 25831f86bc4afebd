package dev.fsbench.harness.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class LoopbackPortsTest {

    @RepeatedTest(20)
    void picksDistinctPortsThatCanBeBound() throws Exception {
        int[] ports = LoopbackPorts.pick(0, 2);
        assertThat(ports[0]).isNotEqualTo(ports[1]).isPositive();
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(LoopbackPorts.LOOPBACK, port));
            }
        }
    }

    @Test
    void keepsAFreeFixedPortFirst() throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, LoopbackPorts.LOOPBACK)) {
            free = probe.getLocalPort();
        }
        int[] ports = LoopbackPorts.pick(free, 2);
        assertThat(ports[0]).isEqualTo(free);
        assertThat(ports[1]).isNotEqualTo(free);
    }

    @Test
    void aFixedPortInUseIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, LoopbackPorts.LOOPBACK)) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> LoopbackPorts.pick(port, 2))
                    .isInstanceOf(KafkaBackendException.class)
                    .hasMessage("port " + port + " on 127.0.0.1 is already in use");
        }
    }
}
