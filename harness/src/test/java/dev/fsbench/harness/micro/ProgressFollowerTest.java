package dev.fsbench.harness.micro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressFollowerTest {

    @Test
    void echoesOnlyCompleteProgressLinesOnce(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("jmh.out");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ProgressFollower follower = new ProgressFollower(
                log, new PrintStream(console, true, StandardCharsets.UTF_8), ProgressFollower.JMH_PROGRESS, "[jmh] ");

        follower.poll();
        Files.writeString(log, "# JMH version: 1.37\n# Run progress: 0.00% complete, ETA 00:0");
        follower.poll();
        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();

        Files.writeString(log, "3:30\nIteration   1: 12.5 ns/op\n# Benchmark: a.B.c\n", StandardOpenOption.APPEND);
        follower.poll();
        follower.poll();

        assertThat(console.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("[jmh] # Run progress: 0.00% complete, ETA 00:03:30", "[jmh] # Benchmark: a.B.c");
    }
}
