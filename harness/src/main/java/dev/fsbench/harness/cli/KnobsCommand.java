package dev.fsbench.harness.cli;

import dev.fsbench.api.knobs.KnobReference;
import dev.fsbench.harness.engine.EngineDrivers;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** bench knobs: the knob catalog, for people (a listing) and for docs/knobs.md (Markdown). */
@Command(
        name = "knobs",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Lists every knob (-P key=value): type, default, meaning.",
        footer = {"", "Examples:", "  bench knobs --engine spark-dstream", "  bench knobs --markdown > docs/knobs.md"})
public final class KnobsCommand implements Callable<Integer> {

    @Option(names = "--engine", paramLabel = "ENGINE", description = "Only the knobs this engine reads.")
    String engine;

    @Option(names = "--markdown", description = "The whole catalog as Markdown (the source of docs/knobs.md).")
    boolean markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (markdown && engine != null) {
            throw new IllegalArgumentException("--markdown lists every knob: give it without --engine");
        }
        if (engine != null) {
            EngineDrivers.byName(engine);
        }
        spec.commandLine().getOut().print(markdown ? KnobReference.markdown() : KnobReference.text(engine));
        spec.commandLine().getOut().flush();
        return BenchCli.EXIT_OK;
    }
}
