package dev.fsbench.harness.result;

import dev.fsbench.results.Environment;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Describes the machine and checkout a run happens on. */
public final class EnvironmentProbe {

    private EnvironmentProbe() {}

    public static Environment probe(Path checkout, Map<String, String> engineVersions) {
        int cores = Runtime.getRuntime().availableProcessors();
        long memory = physicalMemory();
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String commit = git(checkout, "rev-parse", "HEAD");
        String branch = git(checkout, "rev-parse", "--abbrev-ref", "HEAD");
        String status = git(checkout, "status", "--porcelain", "--untracked-files=no");
        return new Environment(
                commit,
                branch,
                status == null ? null : !status.isBlank(),
                cores,
                memory,
                os,
                jvm,
                engineVersions,
                fingerprint(cores, memory, os, jvm));
    }

    /**
     * Same hardware size, OS and JVM give the same fingerprint; memory is rounded to GiB so a few MB of
     * difference reported by the kernel does not split a history.
     */
    static String fingerprint(int cores, long memoryBytes, String os, String jvm) {
        String identity = cores + "|" + Math.round(memoryBytes / (double) (1L << 30)) + "GiB|" + os + "|" + jvm;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return Runtime.getRuntime().maxMemory();
    }

    private static String git(Path checkout, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = checkout.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
