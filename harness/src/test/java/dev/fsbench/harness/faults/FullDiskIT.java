package dev.fsbench.harness.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fsbench.results.ResultJson;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk under the reports directory: a real tmpfs of 8 MiB (mounted here; the test is skipped where the
 * machine does not allow it, e.g. not root or no mount capability). A first run fits; the disk is then filled to
 * 100 KiB; a second run fails with an error naming result.json and its file system, exits 1, and the first run's
 * result.json is byte for byte what it was (result.json is written atomically: temp file, then rename).
 */
class FullDiskIT {

    private static final List<String> RUN =
            List.of("run", "--engines", "baseline", "--rate", "1000", "--duration", "3s", "--warmup", "1s", "-q");

    @Test
    void aFullDiskFailsTheRunNamingTheFileAndDiskAndKeepsEarlierResults(@TempDir Path dir) throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        assumeTrue(
                command("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk.toString()) == 0,
                "cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN): no honest full disk to test on");
        try {
            Path reports = disk.resolve("reports");
            try (ForkedHarness first = ForkedHarness.start(dir.resolve("first"), List.of(), withReports(reports))) {
                assertThat(first.awaitExit(Duration.ofMinutes(3)))
                        .as("the first run fits:\n" + first.tail())
                        .isZero();
            }
            Path earlier = onlyRun(reports).resolve("result.json");
            byte[] earlierBytes = Files.readAllBytes(earlier);
            fillLeaving(disk, 100 * 1024);

            try (ForkedHarness second = ForkedHarness.start(dir.resolve("second"), List.of(), withReports(reports))) {
                int exit = second.awaitExit(Duration.ofMinutes(3));
                assertThat(exit)
                        .as("exit code on a full disk:\n" + second.tail())
                        .isEqualTo(1);
                assertThat(second.errors())
                        .as("the error names the file and the disk")
                        .containsPattern("error: cannot write " + reports + "/runs/[^/]+/result.json")
                        .contains("No space left on device")
                        .contains("file system " + disk + " (tmpfs)");
                assertThat(Files.readAllBytes(earlier))
                        .as("the earlier result, untouched")
                        .isEqualTo(earlierBytes);
                try (Stream<Path> runs = Files.list(reports.resolve("runs"))) {
                    for (Path run :
                            runs.filter(r -> !r.equals(earlier.getParent())).toList()) {
                        Path result = run.resolve("result.json");
                        if (Files.exists(result)) {
                            assertThat(ResultJson.read(result).status())
                                    .as("the failed run never reads OK")
                                    .isNotEqualTo(RunStatus.OK);
                        }
                    }
                }
                RunResult kept = ResultJson.read(earlier);
                assertThat(kept.status()).isIn(RunStatus.OK, RunStatus.FAILED);
                second.assertNothingLeft(Duration.ofSeconds(30));
                FaultMatrixRow.record(
                        "full-disk-reports",
                        "full disk under the reports directory (8 MiB tmpfs filled to 100 KiB free)",
                        "any write (here: the workload's engine JFR and result.json)",
                        "exit 1, error naming result.json and the file system; the run's result.json stays as last"
                                + " written (RUNNING, so reports call it abandoned, never OK)",
                        exit,
                        second.timeToExit(),
                        "every earlier run's result.json byte for byte (atomic writes)");
            }
        } finally {
            command("umount", disk.toString());
        }
    }

    private static List<String> withReports(Path reports) {
        return Stream.concat(RUN.stream(), Stream.of("--reports", reports.toString()))
                .toList();
    }

    private static Path onlyRun(Path reports) throws IOException {
        try (Stream<Path> runs = Files.list(reports.resolve("runs"))) {
            return runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    /** Writes a filler file until {@code leave} bytes are free. */
    private static void fillLeaving(Path disk, long leave) throws IOException {
        FileStore store = Files.getFileStore(disk);
        long fill = store.getUsableSpace() - leave;
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(disk.resolve("filler"))) {
            for (long written = 0; written < fill; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, fill - written));
            }
        }
        assertThat(store.getUsableSpace()).isLessThanOrEqualTo(leave + block.length);
    }

    private static int command(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }
}
