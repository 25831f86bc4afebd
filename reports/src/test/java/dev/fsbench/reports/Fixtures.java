package dev.fsbench.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Lays the committed fixture results out as a reports directory's run history. */
public final class Fixtures {
    public static final List<String> ENV_A_RUNS =
            List.of("2026-11-20T0800-a0", "2026-11-21T0800-a1", "2026-11-22T0800-a2", "2026-11-23T0800-a3");
    public static final List<String> ENV_B_RUNS = List.of("2026-11-20T2000-b0", "2026-11-21T2000-b1");
    public static final String HOSTILE_RUN = "2026-11-22T1200-hostile";
    /**
     * A result of schema version 1 (throughput.outputEventsPerSec, no processed figure, no sustain verdict, cost or
     * capacity), committed as the harness wrote it then and never regenerated; kept apart from {@link #all()}.
     */
    public static final String SCHEMA_1_RUN = "2026-11-20T2000-b0";

    private Fixtures() {}

    public static List<String> all() {
        return java.util.stream.Stream.of(ENV_A_RUNS, ENV_B_RUNS, List.of(HOSTILE_RUN))
                .flatMap(List::stream)
                .toList();
    }

    public static Path installAll(Path reportsDir) throws IOException {
        for (String id : all()) {
            install(reportsDir, id);
        }
        return reportsDir;
    }

    public static Path install(Path reportsDir, String runId) throws IOException {
        return install(reportsDir, runId, "/fixtures/" + runId + ".json");
    }

    /** The {@link #SCHEMA_1_RUN} as a reports directory's run. */
    public static Path installSchema1(Path reportsDir) throws IOException {
        return install(reportsDir, SCHEMA_1_RUN, schema1Resource());
    }

    public static String schema1Resource() {
        return "/fixtures/schema-1/" + SCHEMA_1_RUN + ".json";
    }

    private static Path install(Path reportsDir, String runId, String resource) throws IOException {
        Path target = reportsDir.resolve("runs").resolve(runId).resolve("result.json");
        Files.createDirectories(target.getParent());
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no fixture " + runId);
            }
            Files.copy(in, target);
        }
        return target;
    }
}
