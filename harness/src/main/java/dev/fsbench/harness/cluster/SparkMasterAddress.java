package dev.fsbench.harness.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;

/**
 * Where a standalone Master listens: its RPC port (the {@code spark://} URL workers and drivers use) and its web
 * UI's port (the {@code /json/} status page), both on loopback.
 */
public record SparkMasterAddress(String host, int port, int webUiPort) {

    public static final String LOOPBACK = "127.0.0.1";

    /**
     * Two free loopback ports for a master about to start. Both sockets stay bound until both are chosen
     * (closing the first before opening the second can hand out the same port twice); the master binds them
     * moments later, a race that fails loudly (the master exits) rather than silently.
     */
    public static SparkMasterAddress pickFree() throws IOException {
        InetAddress loopback = InetAddress.getByName(LOOPBACK);
        try (ServerSocket rpc = bound(loopback);
                ServerSocket webUi = bound(loopback)) {
            return new SparkMasterAddress(LOOPBACK, rpc.getLocalPort(), webUi.getLocalPort());
        }
    }

    private static ServerSocket bound(InetAddress address) throws IOException {
        ServerSocket socket = new ServerSocket();
        // Spark's Netty and Jetty listeners bind with SO_REUSEADDR; so does this probe
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(address, 0));
        return socket;
    }

    /** The master URL a worker registers with and a driver submits to: {@code spark://host:port}. */
    public String url() {
        return "spark://" + host + ":" + port;
    }

    /** The master's state as JSON: its workers and applications ({@link SparkMasterStatus}). */
    public URI statusPage() {
        return URI.create("http://" + host + ":" + webUiPort + "/json/");
    }

    public String webUi() {
        return "http://" + host + ":" + webUiPort;
    }
}
