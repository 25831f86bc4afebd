package dev.fsbench.harness.process;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything the harness must undo if it is interrupted (Ctrl-C, SIGTERM): child JVMs, temp dirs, the partial
 * result. One JVM shutdown hook closes what is still registered, newest first, so engines stop before the
 * broker they read from, and the broker before its log directory is deleted.
 */
public final class ShutdownRegistry {

    private static final Deque<AutoCloseable> OPEN = new ArrayDeque<>();
    private static boolean hookInstalled;
    private static volatile boolean shuttingDown;

    private ShutdownRegistry() {}

    /** Registers {@code resource}; call {@link #unregister} when it was closed normally. */
    public static synchronized void register(AutoCloseable resource) {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownRegistry::closeAll, "fsbench-shutdown"));
            hookInstalled = true;
        }
        OPEN.push(resource);
    }

    public static synchronized void unregister(AutoCloseable resource) {
        OPEN.remove(resource);
    }

    /** True once the JVM has begun shutting down: long loops check it to stop early. */
    public static boolean isShuttingDown() {
        return shuttingDown;
    }

    private static void closeAll() {
        shuttingDown = true;
        while (true) {
            AutoCloseable next;
            synchronized (ShutdownRegistry.class) {
                next = OPEN.poll();
            }
            if (next == null) {
                return;
            }
            try {
                next.close();
            } catch (Exception e) {
                System.err.println("cleanup of " + next + " failed: " + e);
            }
        }
    }
}
