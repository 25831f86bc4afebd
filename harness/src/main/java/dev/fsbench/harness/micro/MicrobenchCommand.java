package dev.fsbench.harness.micro;

import dev.fsbench.harness.engine.BenchHome;
import dev.fsbench.harness.run.RunIds;
import dev.fsbench.results.RunStatus;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** bench microbench: the JMH serialization, object-reuse and binary-sort benchmarks of both jars, summarised. */
@Command(
        name = "microbench",
        header = "Runs the JMH serialization and sort benchmarks.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Runs the JMH microbenchmarks (serialization-bench and serialization-bench-spark jars, each in "
                + "its own JVMs), keeps JMH's JSON (jmh-flink.json, jmh-spark.json: JMH Visualizer reads them), "
                + "the serialized-size tables, and writes result.json with a 'microbenchmarks' section and the "
                + "claims table.",
        footer = {
            "",
            "Profiles:",
            "  quick  3 forks, 7x500ms warm-up, 15x150ms measured; the round trips the claims need",
            "         (word-event; Java per record and through a reused stream): under 4 minutes on 2 cores",
            "         (the suite's default). Object reuse and sorts only in full.",
            "  full   4 forks, 2x1s warm-up, 3x1s measured; every benchmark (ser, deser, round trip, sorts of",
            "         100k and 1M): about an hour on 2 cores.",
            "",
            "Examples:",
            "  bench microbench --profile quick --output /tmp/micro",
            "  bench microbench --profile full --include 'FlinkSerialization.roundtrip' --jars flink --output /tmp/rt"
        })
public final class MicrobenchCommand implements Callable<Integer> {

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
        BenchHome home = BenchHome.locate();
        MicrobenchPlan plan = MicrobenchPlan.of(profile, jars, include, home);
        String id = runId == null ? RunIds.next() : RunIds.validate(runId);
        long start = System.nanoTime();
        MicrobenchRun.Outcome outcome = MicrobenchRun.execute(plan, output, id, home, console);
        MicrobenchTable.print(outcome.section(), console);
        console.printf("%nwall time %.0f s; result: %s%n", (System.nanoTime() - start) / 1e9, outcome.resultFile());
        return outcome.result().status() == RunStatus.OK ? 0 : 1;
    }
}
