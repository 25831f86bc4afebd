package dev.fsbench.harness.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Starting and joining the generator's sender threads. */
final class SenderThreads {

    private SenderThreads() {}

    /** One daemon thread per sender, started: a harness that exits must not wait for them. */
    static List<Thread> start(List<ScheduleSender> senders) {
        List<Thread> threads = new ArrayList<>();
        for (ScheduleSender sender : senders) {
            Thread thread = new Thread(sender, "generator-sender-" + threads.size());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return threads;
    }

    /** Until every sender runs (counted down {@code ready}). */
    static void awaitRunning(CountDownLatch ready) {
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before the generator started sending", e);
        }
    }

    /** Waits for every thread to end, even if interrupted meanwhile (the flag is restored afterwards). */
    static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
