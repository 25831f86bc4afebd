package dev.fsbench.results;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The harness process writing a result: what a reader needs to tell a live RUNNING run from a dead one.
 *
 * @param pid              the harness JVM's process id
 * @param host             the host name it runs on (a pid means nothing on another host)
 * @param processStartedAt when that process started, as the OS says (ISO-8601); a reused pid has another start
 *                         time, so it is not taken for the run; null when the OS does not say
 */
public record HarnessProcess(long pid, String host, String processStartedAt) {

    /** This JVM. */
    public static HarnessProcess current() {
        ProcessHandle self = ProcessHandle.current();
        return new HarnessProcess(self.pid(), localHost(), startOf(self));
    }

    /** When {@code process} started, as ISO-8601, or null when the OS does not say. */
    public static String startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString).orElse(null);
    }

    /**
     * This machine's name, the same way for the writer and the reader of a result: the kernel's host name where
     * Linux has one (no name lookup that could hang on a broken resolver), else Java's.
     */
    public static String localHost() {
        Path kernel = Path.of("/proc/sys/kernel/hostname");
        try {
            if (Files.isReadable(kernel)) {
                String name = Files.readString(kernel).trim();
                if (!name.isEmpty()) {
                    return name;
                }
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
