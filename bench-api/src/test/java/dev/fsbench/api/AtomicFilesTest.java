package dev.fsbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writeReplacesTheContentAndLeavesNoTempFile() throws IOException {
        Path target = dir.resolve("sub/result.json");
        AtomicFiles.write(target, "old");
        AtomicFiles.write(target, "new");

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(filesIn(target.getParent())).containsExactly("result.json");
    }

    @Test
    void aWriterThatFailsKeepsTheOldFileAndLeavesNoTempFile() throws IOException {
        Path target = dir.resolve("result.json");
        AtomicFiles.write(target, "complete");

        assertThatThrownBy(() -> AtomicFiles.writeWith(target, tmp -> {
                    Files.writeString(tmp, "half");
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("complete");
        assertThat(filesIn(dir)).containsExactly("result.json");
    }

    @Test
    void writeOnceKeepsHistoryAppendOnly() throws IOException {
        Path target = dir.resolve("run.json");
        byte[] content = "a".getBytes(StandardCharsets.UTF_8);

        assertThat(AtomicFiles.writeOnce(target, content)).isTrue();
        assertThat(AtomicFiles.writeOnce(target, content))
                .as("same bytes again")
                .isFalse();
        assertThatThrownBy(() -> AtomicFiles.writeOnce(target, "b".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("never rewritten");
        assertThat(Files.readString(target)).isEqualTo("a");
    }

    private static List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
