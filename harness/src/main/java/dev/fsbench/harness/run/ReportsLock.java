package dev.fsbench.harness.run;

import dev.fsbench.results.HarnessProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * A reports directory belongs to the one run writing to it: an OS file lock ({@link FileChannel#tryLock}) on
 * {@value #LOCK_FILE}, held from before anything starts until the run's reports are rendered. A second run on the
 * same directory fails at once (exit 2) naming the holder, rather than waiting: two runs on one machine would
 * measure each other, and a wait behind a suite could outlast a CI timeout. The OS releases the lock when the
 * process dies, SIGKILL included, so a killed run never leaves the directory locked; the file itself stays (deleting
 * it while another process opens it would let two runs lock two different files).
 */
public final class ReportsLock implements AutoCloseable {

    public static final String LOCK_FILE = ".bench-run.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ReportsLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @throws IllegalArgumentException when another run holds the directory (the message names it)
     * @throws UncheckedIOException when the directory or the lock file cannot be created
     */
    public static ReportsLock acquire(Path reportsDir, String runId) {
        Path file = reportsDir.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(reportsDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalArgumentException("reports directory " + reportsDir + " is in use by another run ("
                        + holder(file) + "); wait for it to end or give another --reports directory");
            }
            HarnessProcess self = HarnessProcess.current();
            String holder = "run " + runId + ", pid " + self.pid() + " on " + self.host() + ", since " + Instant.now();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new ReportsLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** Null when another process holds the lock, or this JVM does (a second run in one JVM is refused too). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            return text.isEmpty() ? "holder unknown" : text;
        } catch (IOException e) {
            return "holder unknown";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
