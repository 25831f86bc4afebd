package dev.fsbench.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * The one way this project writes a file someone else may read while it is written (the harness, an engine, a
 * browser, CI, a concurrent render): to a temp file beside the target, then renamed over it, so a reader sees the
 * old file or the new one, never half of one, and a crash leaves no partial file behind.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        writeWith(target, tmp -> Files.write(tmp, content));
    }

    /** What writes a file's content to a path (the temp file that then replaces the target). */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(Path file) throws IOException;
    }

    /** For content that a library writes to a path of its own choosing (a JFR dump, a Jackson document). */
    public static void writeWith(Path target, ContentWriter writer) throws IOException {
        Path tmp = tempBeside(target);
        try {
            writer.writeTo(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Creates {@code target} with {@code content} unless it exists. Existing identical content is fine (re-archiving
     * the same run); different content is refused, because history is append-only.
     *
     * @return true when the file was created, false when it already held the same bytes
     */
    public static boolean writeOnce(Path target, byte[] content) throws IOException {
        Path tmp = tempBeside(target);
        try {
            Files.write(tmp, content);
            Files.createLink(target, tmp); // atomic and fails if the target exists, unlike a move
            return true;
        } catch (FileAlreadyExistsException e) {
            if (Arrays.equals(Files.readAllBytes(target), content)) {
                return false;
            }
            throw new IOException(target + " already exists with different content; run history is never rewritten", e);
        } catch (UnsupportedOperationException e) {
            Files.copy(tmp, target); // no hard links on this file system: still refuses an existing target
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path tempBeside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            // createTempFile makes owner-only files; reports are meant to be served and read by others
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
        return tmp;
    }
}
