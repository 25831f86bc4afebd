package dev.fsbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {
    @TempDir
    Path dir;

    @Test
    void archivesARunOnceAndRefusesToRewriteItWithOtherContent() throws Exception {
        RunStore store = new RunStore(dir.resolve("reports"));
        Path result = dir.resolve("result.json");
        Files.writeString(result, "{\"runId\":\"r1\",\"startedAt\":\"2026-11-20T08:00:00Z\"}");

        RunRecord run = store.archive(result);
        store.archive(result); // the same bytes again: fine

        assertThat(run.dir()).isEqualTo(dir.resolve("reports/runs/r1"));
        assertThat(store.list()).extracting(RunRecord::runId).containsExactly("r1");
        Files.writeString(result, "{\"runId\":\"r1\",\"startedAt\":\"2026-11-21T08:00:00Z\"}");
        assertThatThrownBy(() -> store.archive(result))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("never rewritten");
        assertThat(Files.readString(dir.resolve("reports/runs/r1/result.json"))).contains("2026-11-20");
        try (var files = Files.list(dir.resolve("reports/runs/r1"))) {
            assertThat(files).as("no temp files left").hasSize(1);
        }
    }

    @Test
    void runIdsThatCouldEscapeTheRunsDirectoryAreRejected() {
        RunStore store = new RunStore(dir);
        assertThatThrownBy(() -> store.load("../etc")).hasMessageContaining("invalid run id '../etc'");
        assertThatThrownBy(() -> store.load("..")).hasMessageContaining("invalid run id");
        assertThatThrownBy(() -> store.load("a/b")).hasMessageContaining("invalid run id");
    }

    @Test
    void aMissingRunIsNamedInTheError() {
        assertThatThrownBy(() -> new RunStore(dir).load("nope"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no run 'nope'");
    }
}
