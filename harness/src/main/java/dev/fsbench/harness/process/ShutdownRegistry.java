package dev.fsbench.harness.process;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything the harness must undo if it is interrupted (Ctrl-C, SIGTERM): child JVMs, temp dirs, the partial
 * result. One JVM shutdown hook closes what is still registered, newest first, so engines stop before the
 * broker they read from, and the broker before its log directory is deleted. What must not wait for those stops
 * (the INCOMPLETE result: a stop can take 15 s, and a second signal or a CI timeout may kill the JVM meanwhile)
 * registers with {@link #registerFirst} and runs before everything else.
 */
public final class ShutdownRegistry {

    private static final Deque<AutoCloseable> FIRST = new ArrayDeque<>();
    private static final Deque<AutoCloseable> OPEN = new ArrayDeque<>();
    private static boolean hookInstalled;
    private static volatile boolean shuttingDown;

    private ShutdownRegistry() {}

    /** Registers {@code resource}; call {@link #unregister} when it was closed normally. */
    public static synchronized void register(AutoCloseable resource) {
        installHook();
        OPEN.push(resource);
    }

    /** Registers {@code action} to run before every resource registered with {@link #register}. */
    public static synchronized void registerFirst(AutoCloseable action) {
        installHook();
        FIRST.push(action);
    }

    public static synchronized void unregister(AutoCloseable resource) {
        FIRST.remove(resource);
        OPEN.remove(resource);
    }

    private static void installHook() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownRegistry::closeAll, "fsbench-shutdown"));
            hookInstalled = true;
        }
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
                next = FIRST.isEmpty() ? OPEN.poll() : FIRST.poll();
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
