package dev.fsbench.harness.micro;

import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.result.EnvironmentProbe;
import dev.fsbench.harness.result.ResultWriter;
import dev.fsbench.results.MicrobenchSection;
import dev.fsbench.results.RunResult;
import dev.fsbench.results.RunStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link MicrobenchPlan}: each jar's serialized-size table and JMH run, in their own JVMs, then the
 * summary with its claims, written as result.json into the run directory. What {@code bench microbench} and
 * {@code bench suite} share.
 */
public final class MicrobenchRun {

    private static final Duration SIZES_LIMIT = Duration.ofMinutes(2);
    private static final Duration JMH_LIMIT = Duration.ofHours(3);

    /** The result as written, and its microbenchmarks section (file names relative to the run directory). */
    public record Outcome(RunResult result, MicrobenchSection section, Path resultFile) {}

    private MicrobenchRun() {}

    public static Outcome execute(MicrobenchPlan plan, Path output, String runId, BenchHome home, PrintStream console)
            throws IOException, InterruptedException {
        Path runDir = output.toAbsolutePath().normalize();
        Files.createDirectories(runDir);
        JmhJarRunner runner = new JmhJarRunner(runDir.resolve("logs"), console);

        String startedAt = Instant.now().toString();
        long start = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        List<JmhFigure> figures = new ArrayList<>();
        List<String> jmhFiles = new ArrayList<>();
        List<String> sizeFiles = new ArrayList<>();
        SizeTable sizes = SizeTable.empty();
        Map<String, String> versions = new LinkedHashMap<>();
        for (Map.Entry<MicrobenchJar, Path> entry : plan.jarFiles().entrySet()) {
            MicrobenchJar jar = entry.getKey();
            Path jarFile = entry.getValue();
            versions.putAll(jar.libraryVersions(jarFile));
            try {
                console.printf("== %s: serialized sizes%n", jar.label());
                Path sizesFile = runDir.resolve(jar.sizesFile());
                runner.run(
                        jar,
                        jarFile,
                        "sizes-" + jar.label(),
                        MicrobenchJar.SIZES_MAIN,
                        List.of(sizesFile.toString()),
                        SIZES_LIMIT);
                sizes = sizes.plus(SizeTable.read(sizesFile));
                sizeFiles.add(jar.sizesFile());

                console.printf(
                        "== %s: JMH, %s profile%n", jar.label(), plan.profile().id());
                Path jmhFile = runDir.resolve(jar.jmhResultFile());
                runner.run(
                        jar,
                        jarFile,
                        "jmh-" + jar.label(),
                        MicrobenchJar.JMH_MAIN,
                        plan.profile().jmhArguments(jar, jmhFile.toString(), plan.include()),
                        JMH_LIMIT);
                figures.addAll(JmhFigure.read(jmhFile));
                jmhFiles.add(jar.jmhResultFile());
            } catch (IOException e) {
                warnings.add(jar.label() + " benchmarks failed: " + e.getMessage());
                console.println("error: " + e.getMessage());
            }
        }
        double wallTimeSec = (System.nanoTime() - start) / 1e9;
        MicrobenchSection section = MicrobenchSummariser.summarise(
                plan.profile().id(), Math.round(wallTimeSec * 10) / 10.0, jmhFiles, sizeFiles, figures, sizes);
        RunResult result = new RunResult(
                RunResult.SCHEMA_VERSION,
                runId,
                startedAt,
                Instant.now().toString(),
                warnings.isEmpty() ? RunStatus.OK : RunStatus.FAILED,
                warnings,
                EnvironmentProbe.probe(home.root(), versions),
                null,
                List.of(),
                null,
                section,
                java.util.List.of());
        Path resultFile = ResultWriter.write(result, runDir);
        return new Outcome(result, section, resultFile);
    }
}
