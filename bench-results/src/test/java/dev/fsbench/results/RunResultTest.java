package dev.fsbench.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunResultTest {

    @Test
    void withMicrobenchmarksKeepsTheRunAndTakesTheNewSectionStatusWarningsAndEnd() {
        RunResult run = ResultJsonTest.run(List.of(ResultJsonTest.workload()));
        MicrobenchSection section =
                new MicrobenchSection("quick", 42.0, List.of("microbench/jmh.json"), List.of(), List.of(), List.of());

        RunResult merged = run.withMicrobenchmarks(
                section, RunStatus.FAILED, List.of("microbenchmarks failed"), "2026-11-30T12:00Z");

        assertThat(merged.microbenchmarks()).isEqualTo(section);
        assertThat(merged.status()).isEqualTo(RunStatus.FAILED);
        assertThat(merged.warnings()).containsExactly("microbenchmarks failed");
        assertThat(merged.finishedAt()).isEqualTo("2026-11-30T12:00Z");
        assertThat(merged)
                .usingRecursiveComparison()
                .ignoringFields("microbenchmarks", "status", "warnings", "finishedAt")
                .isEqualTo(run);
    }
}
