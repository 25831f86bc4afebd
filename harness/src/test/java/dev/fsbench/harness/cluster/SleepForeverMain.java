package dev.fsbench.harness.cluster;

/** A stand-in for a cluster role: runs until its JVM ends, saying so from a shutdown hook. */
public final class SleepForeverMain {

    private SleepForeverMain() {}

    public static void main(String[] args) throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
        System.out.println("started with " + String.join(" ", args));
        Thread.sleep(Long.MAX_VALUE);
    }
}
