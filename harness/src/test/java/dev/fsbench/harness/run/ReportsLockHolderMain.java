package dev.fsbench.harness.run;

import java.nio.file.Path;

/** Holds a reports directory's lock in a process of its own until its stdin closes: the other run of the tests. */
public final class ReportsLockHolderMain {
    private ReportsLockHolderMain() {}

    public static void main(String[] args) throws Exception {
        try (ReportsLock lock = ReportsLock.acquire(Path.of(args[0]), args[1])) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // until the test closes the pipe (or kills this process)
            }
        }
    }
}
