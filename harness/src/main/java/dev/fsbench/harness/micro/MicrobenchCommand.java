package dev.fsbench.harness.micro;

import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.result.EnvironmentProbe;
import dev.fsbench.harness.result.ResultWriter;
import dev.fsbench.harness.run.RunIds;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** bench microbench: the JMH serialization, object-reuse and binary-sort benchmarks of both jars, summarised. */
@Command(
        name = "microbench",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs the JMH microbenchmarks (serialization-bench and serialization-bench-spark jars, each in",
            "its own JVMs), keeps JMH's JSON (jmh-flink.json, jmh-spark.json: JMH Visualizer reads them), the",
            "serialized-size tables, and writes result.json with a 'microbenchmarks' section and the claims table."
        },
        footer = {
            "",
            "Profiles:",
            "  quick  1 fork, 2x300ms warm-up, 3x500ms measured; round trips of word-event and rich-event,",
            "         object reuse, sorts of 100k: under 5 minutes on 2 cores. Most figures come out NOISY.",
            "  full   4 forks, 2x1s warm-up, 3x1s measured; every benchmark (ser, deser, round trip, sorts of",
            "         100k and 1M): about an hour on 2 cores. For conclusions.",
            "",
            "Examples:",
            "  bench microbench --profile quick --output /tmp/micro",
            "  bench microbench --profile full --include 'FlinkSerialization.roundtrip' --jars flink --output /tmp/rt"
        })
public final class MicrobenchCommand implements Callable<Integer> {

    private static final Duration SIZES_LIMIT = Duration.ofMinutes(2);
    private static final Duration JMH_LIMIT = Duration.ofHours(3);

    @Option(
            names = "--profile",
            paramLabel = "quick|full",
            defaultValue = "quick",
            description = "JMH effort (default: ${DEFAULT-VALUE}); see below.")
    String profile;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            required = true,
            description = "Run directory: result.json, jmh-*.json, sizes-*.json, logs/.")
    Path output;

    @Option(
            names = "--jars",
            split = ",",
            paramLabel = "flink|spark",
            defaultValue = "flink,spark",
            description = "Which benchmark jars to run (default: ${DEFAULT-VALUE}).")
    List<String> jars;

    @Option(
            names = "--include",
            paramLabel = "REGEX",
            description = "Only benchmarks matching this JMH regex (replaces the profile's selection).")
    String include;

    @Option(names = "--run-id", paramLabel = "ID", description = "Run id (default: timestamp + random suffix).")
    String runId;

    private final PrintStream console;

    public MicrobenchCommand() {
        this(System.out);
    }

    MicrobenchCommand(PrintStream console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        MicrobenchProfile selected = MicrobenchProfile.byId(profile);
        String id = runId == null ? RunIds.next() : RunIds.validate(runId);
        List<MicrobenchJar> selectedJars =
                jars.stream().map(MicrobenchCommand::jar).distinct().toList();
        BenchHome home = BenchHome.locate();
        Map<MicrobenchJar, Path> jarFiles = new LinkedHashMap<>();
        for (MicrobenchJar jar : selectedJars) {
            try {
                jarFiles.put(jar, jar.locate(home));
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
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
        for (Map.Entry<MicrobenchJar, Path> entry : jarFiles.entrySet()) {
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

                console.printf("== %s: JMH, %s profile%n", jar.label(), selected.id());
                Path jmhFile = runDir.resolve(jar.jmhResultFile());
                runner.run(
                        jar,
                        jarFile,
                        "jmh-" + jar.label(),
                        MicrobenchJar.JMH_MAIN,
                        selected.jmhArguments(jar, jmhFile.toString(), include),
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
                selected.id(), Math.round(wallTimeSec * 10) / 10.0, jmhFiles, sizeFiles, figures, sizes);
        RunStatus status = warnings.isEmpty() ? RunStatus.OK : RunStatus.FAILED;
        RunResult result = new RunResult(
                RunResult.SCHEMA_VERSION,
                id,
                startedAt,
                Instant.now().toString(),
                status,
                warnings,
                EnvironmentProbe.probe(home.root(), versions),
                null,
                List.of(),
                null,
                section);
        Path resultFile = ResultWriter.write(result, runDir);
        MicrobenchTable.print(section, console);
        console.printf("%nwall time %.0f s; result: %s%n", wallTimeSec, resultFile);
        return status == RunStatus.OK ? 0 : 1;
    }

    private static MicrobenchJar jar(String name) {
        for (MicrobenchJar jar : MicrobenchJar.values()) {
            if (jar.label().equals(name)) {
                return jar;
            }
        }
        throw new IllegalArgumentException("unknown jar '" + name + "': expected flink or spark");
    }
}
