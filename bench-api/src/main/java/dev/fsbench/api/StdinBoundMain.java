package dev.fsbench.api;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs another main class in this JVM and ends the JVM when stdin reaches end of file: the harness starts a
 * cluster role it does not own the code of (a Flink TaskManager, a Spark Worker) through this wrapper and holds
 * the other end of its stdin. Closing that pipe is the polite stop; a harness killed with SIGKILL closes it too
 * (the kernel closes its pipes), so no cluster JVM outlives the harness, however it died.
 *
 * <p>On end of file the JVM exits normally ({@link System#exit}), so the role's own shutdown hooks and the flight
 * recorder's dump on exit run; if they hang, the JVM is halted {@value #HALT_AFTER_SECONDS} s later.
 *
 * <p>Usage: {@code StdinBoundMain <main class> [args...]}.
 */
public final class StdinBoundMain {

    /** Long enough for a JobManager's or TaskManager's shutdown and a JFR dump; short enough to stop for sure. */
    static final long HALT_AFTER_SECONDS = 20;

    private StdinBoundMain() {}

    public static void main(String[] args) throws Throwable {
        if (args.length < 1) {
            System.err.println("usage: StdinBoundMain <main class> [args...]");
            System.exit(EngineExit.REJECTED.code());
        }
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        Thread watcher = new Thread(StdinBoundMain::exitAtEndOfStdin, "stdin-bound-exit");
        watcher.setDaemon(true);
        watcher.start();
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void exitAtEndOfStdin() {
        awaitEndOf(System.in);
        Thread halter = new Thread(
                () -> {
                    try {
                        Thread.sleep(HALT_AFTER_SECONDS * 1000);
                    } catch (InterruptedException ignored) {
                        // halt anyway
                    }
                    Runtime.getRuntime().halt(EngineExit.FAILED.code());
                },
                "stdin-bound-halt");
        halter.setDaemon(true);
        halter.start();
        System.exit(0);
    }

    /**
     * Blocks until {@code in} reaches end of file or breaks (a broken pipe means the other end is gone: the same
     * thing). What is read is ignored.
     */
    public static void awaitEndOf(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // input is ignored: only its end matters
            }
        } catch (IOException e) {
            // a broken pipe means the other end is gone: as for end of file
        }
    }
}
