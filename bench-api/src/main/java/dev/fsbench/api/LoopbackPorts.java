package dev.fsbench.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Free ports on 127.0.0.1 for listeners that must know their port before they bind it (Flink's REST endpoint, a
 * history server the harness prints the address of). Such a port is picked, released, then bound by someone
 * else: another process may take it in between. {@link #withFreePort} retries that lost race with a fresh port,
 * so every listener the project starts on a picked port survives it. One helper for the engines and the harness.
 */
public final class LoopbackPorts {

    /** Enough for a race that needs another process to grab exactly our port within milliseconds, three times. */
    public static final int ATTEMPTS = 3;

    private LoopbackPorts() {}

    /** What binds a listener to a given port; its failure names a taken port by a {@link BindException} cause. */
    @FunctionalInterface
    public interface PortUser<T> {
        T bindTo(int port) throws Exception;
    }

    /** Picks a free port; the caller binds it at once (or uses {@link #withFreePort}, which retries a lost race). */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on 127.0.0.1", e);
        }
    }

    /** {@link #withFreePort(int, PortPicker, PortUser)} with {@link #ATTEMPTS} attempts, each on a fresh port. */
    public static <T> T withFreePort(PortUser<T> user) throws Exception {
        return withFreePort(ATTEMPTS, LoopbackPorts::pick, user);
    }

    /** Where fresh ports come from: {@link #pick()}, or a test's picker that hands out a taken port first. */
    @FunctionalInterface
    public interface PortPicker {
        int pick();
    }

    /**
     * Calls {@code user} with a port from {@code picker}; if it fails because the port was taken meanwhile (a
     * {@link BindException} anywhere in the cause chain), tries again with a fresh port, up to {@code attempts}
     * times. Any other failure, and the last lost race, is thrown as it is.
     */
    public static <T> T withFreePort(int attempts, PortPicker picker, PortUser<T> user) throws Exception {
        for (int attempt = 1; ; attempt++) {
            int port = picker.pick();
            try {
                return user.bindTo(port);
            } catch (Exception e) {
                if (attempt >= attempts || !isPortTaken(e)) {
                    throw e;
                }
                System.err.println("port " + port + " on 127.0.0.1 was taken before it could be bound (" + e
                        + "); retrying on another port (attempt " + (attempt + 1) + " of " + attempts + ")");
            }
        }
    }

    /**
     * True if {@code failure} says a port was already in use: a {@link BindException} in its cause chain, or (for
     * libraries that wrap it into their own exception's message only) "Address already in use" in a message.
     */
    public static boolean isPortTaken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException
                    || (t.getMessage() != null && t.getMessage().contains("Address already in use"))) {
                return true;
            }
            if (t.getCause() == t) {
                return false;
            }
        }
        return false;
    }
}
