package dev.fsbench.harness.telemetry;

import java.util.ArrayList;
import java.util.List;

/**
 * A forked JVM for the telemetry tests: allocates 1 KiB arrays for the given number of milliseconds, keeping
 * a bounded number alive so that collections have work to do, then prints how much it allocated and when.
 */
public final class AllocatingMain {

    /** A byte[1024] on a 64-bit JVM with compressed class pointers: 16-byte header + payload. */
    static final long BYTES_PER_ARRAY = 1024 + 16;

    private AllocatingMain() {}

    public static void main(String[] args) {
        long durationMs = Long.parseLong(args[0]);
        System.out.println("started");
        System.out.flush();
        List<byte[]> retained = new ArrayList<>();
        long arrays = 0;
        long startMs = System.currentTimeMillis();
        long endMs = startMs + durationMs;
        long nowMs = startMs;
        while (nowMs < endMs) {
            for (int i = 0; i < 1000; i++) {
                retained.add(new byte[1024]);
                if (retained.size() > 20_000) {
                    retained.clear();
                }
            }
            arrays += 1000;
            nowMs = System.currentTimeMillis();
        }
        System.out.println("allocatedBytes=" + arrays * BYTES_PER_ARRAY + " startMs=" + startMs + " endMs=" + nowMs);
    }
}
