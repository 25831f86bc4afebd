package dev.fsbench.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/** Writes that a reader (a browser, CI, a concurrent render) never sees half-done. */
public final class AtomicFiles {
    private AtomicFiles() {}

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path tmp = tempBeside(target);
        try {
            Files.write(tmp, content);
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
