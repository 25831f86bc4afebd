package dev.fsbench.harness.kafka;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks listener ports on 127.0.0.1. All sockets stay bound until every port is chosen: closing one before
 * opening the next lets the kernel hand out the same port twice. The ports are free when this returns; the
 * broker binds them moments later, a race that fails loudly (the broker exits) rather than silently.
 */
final class LoopbackPorts {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private LoopbackPorts() {}

    /**
     * {@code count} distinct free ports; the first is {@code fixedFirst} if it is not 0.
     *
     * @throws KafkaBackendException if {@code fixedFirst} is already in use
     */
    static int[] pick(int fixedFirst, int count) throws KafkaBackendException {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                int wanted = i == 0 ? fixedFirst : 0;
                ServerSocket socket = bind(wanted);
                held.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is released either way
                }
            }
        }
    }

    private static ServerSocket bind(int port) throws KafkaBackendException {
        ServerSocket socket = null;
        try {
            socket = new ServerSocket();
            // Kafka's acceptor binds with SO_REUSEADDR; so does this check, or a port still in TIME_WAIT after a
            // previous run would be refused here although the broker could bind it.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, port));
            return socket;
        } catch (IOException e) {
            closeQuietly(socket);
            if (port != 0) {
                throw new KafkaBackendException("port " + port + " on 127.0.0.1 is already in use", e);
            }
            throw new KafkaBackendException("cannot find a free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing bound, nothing to release
            }
        }
    }
}
